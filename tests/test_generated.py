"""Generated programs: hypothesis builds int and float expressions, Molt must agree with
CPython on every printed value.

One program holds many expressions (compiling is the slow part), each printed three ways:
at module level on globals (the generic, tagged path), inside a function on its parameters
(inferred and unboxed), and on literals.
"""

from __future__ import annotations

import operator
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import build, run_cpython, run_wasm

LIMIT = (1 << 47) - 1
OPERATORS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "//": operator.floordiv,
             "%": operator.mod}


class Expr:
    def __init__(self, text: str, value: int) -> None:
        self.text, self.value = text, value


def leaves(names: list[str], values: list[int]) -> st.SearchStrategy[Expr]:
    literal = st.integers(-1000, 1000).map(lambda v: Expr(f"({v})", v))
    variable = st.sampled_from(list(zip(names, values))).map(lambda nv: Expr(nv[0], nv[1]))
    return st.one_of(literal, variable)


def combine(children: st.SearchStrategy[Expr]) -> st.SearchStrategy[Expr]:
    def build_node(args: tuple[str, Expr, Expr]) -> Expr:
        op, a, b = args
        try:
            value = OPERATORS[op](a.value, b.value)
        except ZeroDivisionError:
            value = LIMIT + 1  # rejected below
        return Expr(f"({a.text} {op} {b.text})", value)

    node = st.tuples(st.sampled_from(list(OPERATORS)), children, children).map(build_node)
    # One below the limit, so that the program's `e + 1` stays in range too.
    return node.filter(lambda e: -LIMIT < e.value < LIMIT)


VALUES = [7, -3, 100000, -2]
NAMES = ["a", "b", "c", "d"]
EXPRESSIONS = st.recursive(leaves(NAMES, VALUES), combine, max_leaves=8)


def program(expressions: list[Expr]) -> str:
    params = ", ".join(NAMES)
    lines = [f"{n} = {v}" for n, v in zip(NAMES, VALUES)]
    lines.append(f"def f({params}):")
    lines += [f"    print({e.text}, {e.text} < {e.text} + 1, {e.text} == {e.value})" for e in expressions]
    lines.append("    return 0")
    lines += [f"print({e.text})" for e in expressions]
    lines.append(f"f({', '.join(str(v) for v in VALUES)})")
    return "\n".join(lines) + "\n"


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(st.lists(EXPRESSIONS, min_size=20, max_size=60))
def test_int_expressions_match_cpython(expressions: list[Expr]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "app.py"
        app.write_text(program(expressions), encoding="utf-8")
        expected = run_cpython(app)
        assert expected.exit_code == 0, expected.last_stderr_line
        actual = run_wasm(build(app))
        assert actual.stdout == expected.stdout
        assert actual.exit_code == 0
