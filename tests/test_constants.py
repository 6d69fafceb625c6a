"""Which module globals the compiler reads as constants (molt/frontend/constants.py)."""

from __future__ import annotations

import ast

from molt.driver import Options, compile_to_ir
from molt.frontend.constants import module_constants
from molt.ir.ops import Const, ConstTuple, LoadGlobal

SOURCE = '''
A = 1
B = -2.5
C = "text"
D = None
E = 1
E = 2
F = 3
G = 4
H = 10 ** 2
I = 2 ** 60
J = [1]
K = 5
L = 6
M = 7
N = 8
O = 9

def f():
    global F
    F = 0

def g():
    G = 1  # a local of the same name
    return G

for K in range(2):
    pass
import math as L
try:
    pass
except Exception as M:
    pass
del N
match 1:
    case O:
        pass
'''


def test_only_literals_bound_once_are_constants() -> None:
    constants = module_constants(ast.parse(SOURCE))
    assert {name: c.value.value for name, c in constants.items()} == {
        "A": 1, "B": -2.5, "C": "text", "D": None, "G": 4,
    }
    assert constants["A"].after_line == 2


def test_reads_below_the_assignment_are_folded() -> None:
    source = "def early():\n    return X\n\nX = 5\n\ndef late():\n    return X\n\nprint(early(), late())\n"
    module = compile_to_ir(source, "app.py", Options(inline=False))

    def global_reads(name: str) -> int:
        fn = next(f for symbol, f in module.functions.items() if symbol.startswith(f"__main__.{name}") and "entry" not in symbol)
        return sum(isinstance(op, LoadGlobal) and op.name.endswith("X") for b in fn.blocks for op in b.ops)

    assert global_reads("early") == 1
    assert global_reads("late") == 0


def test_displays_of_literals_are_static_tuples() -> None:
    """A table of 3000 rows is one constant, not 3000 tuples built by the module body (which
    took Binaryen half a minute to optimize)."""
    rows = "".join(f"    ({i}, 'row{i}', {i / 4}, (None, -{i})),\n" for i in range(3000))
    source = f"TABLE = [\n{rows}]\nPAIR = (1, ('a', True))\nMIXED = (1, [2])\nprint(TABLE[5], PAIR, MIXED)\n"
    module = compile_to_ir(source, "app.py", Options(inline=False))
    body = module.functions["module_body"]
    constants = [v.value for b in body.blocks for op in b.ops for v in op.operands()
                 if isinstance(v, Const) and isinstance(v.value, ConstTuple)]
    table = next(c for c in constants if len(c.items) == 3000)
    assert table.items[5] == ConstTuple((5, "row5", 1.25, ConstTuple((None, -5))))
    assert ConstTuple((1, ConstTuple(("a", True)))) in constants
    assert not any(len(c.items) == 2 and c.items[0] == 1 and not isinstance(c.items[1], ConstTuple) for c in constants)
    assert sum(len(b.ops) for b in body.blocks) < 200


def test_tuple_constants_tell_types_and_zeros_apart() -> None:
    assert ConstTuple((1,)) != ConstTuple((True,)) and ConstTuple((1,)) != ConstTuple((1.0,))
    assert ConstTuple((0.0,)) != ConstTuple((-0.0,))
    assert ConstTuple((1, "a")) == ConstTuple((1, "a")) and len({ConstTuple((2,)), ConstTuple((2,))}) == 1
