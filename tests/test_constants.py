"""Which module globals the compiler reads as constants (molt/frontend/constants.py)."""

from __future__ import annotations

import ast

from molt.driver import Options, compile_to_ir
from molt.frontend.constants import module_constants
from molt.ir.ops import LoadGlobal

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
