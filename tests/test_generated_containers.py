"""Generated programs over containers: hypothesis draws lists, tuples and nested values,
and slices, sorts and reprs of them must print as CPython prints them."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import build, run_cpython, run_wasm

# Each example is a whole program: few of them, and no shrinking (a failure prints its program).
SETTINGS = settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck),
                    phases=[Phase.explicit, Phase.reuse, Phase.generate])
SMALL_INTS = st.integers(-50, 50)
TEXT = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=0x2FFF, blacklist_categories=("Cs",)),
               max_size=6)
SCALARS = st.one_of(SMALL_INTS, TEXT, st.booleans(), st.none(),
                    st.floats(allow_nan=False, allow_infinity=False, width=32))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.tuples(inner, inner)), max_leaves=10)
BOUND = st.one_of(st.none(), st.integers(-12, 12))
STEP = st.one_of(st.none(), st.integers(-4, 4).filter(lambda s: s != 0))


def agree(source: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = Path(tmp) / "app.py"
        app.write_text(source, encoding="utf-8")
        expected = run_cpython(app)
        assert expected.exit_code == 0, expected.last_stderr_line
        actual = run_wasm(build(app))
        assert actual.stdout == expected.stdout
        assert actual.exit_code == 0


def slice_text(a: int | None, b: int | None, c: int | None) -> str:
    return f"{'' if a is None else a}:{'' if b is None else b}:{'' if c is None else c}"


@SETTINGS
@given(st.lists(st.lists(SMALL_INTS, max_size=12), min_size=5, max_size=10),
       st.lists(st.tuples(BOUND, BOUND, STEP), min_size=10, max_size=30))
def test_slices_match_cpython(lists: list[list[int]], slices: list[tuple[int | None, int | None, int | None]]) -> None:
    lines = []
    for i, values in enumerate(lists):
        lines.append(f"xs = {values!r}")
        for a, b, c in slices[i::len(lists)] or slices[:1]:
            text = slice_text(a, b, c)
            lines.append(f"print(xs[{text}], tuple(xs)[{text}], 'abcdefghijkl'[{text}])")
            lines.append(f"ys = list(xs)\nys[{text}] = ys[{text}]\nprint(ys)")
            lines.append(f"zs = list(xs)\ndel zs[{text}]\nprint(zs)")
    agree("\n".join(lines) + "\n")


@SETTINGS
@given(st.lists(st.one_of(st.lists(SMALL_INTS, max_size=15), st.lists(TEXT, max_size=15),
                          st.lists(st.tuples(SMALL_INTS, TEXT), max_size=10)), min_size=5, max_size=10))
def test_sorting_matches_cpython(lists: list[list[object]]) -> None:
    lines = []
    for values in lists:
        lines.append(f"xs = {values!r}")
        lines.append("print(sorted(xs), sorted(xs, reverse=True), min(xs, default=None), max(xs, default=None))")
        lines.append("xs.sort()\nprint(xs, list(reversed(xs)))")
    lines.append("print(sorted([3, 1, 2], key=lambda v: -v), sorted(['bb', 'a', 'ccc'], key=len))")
    agree("\n".join(lines) + "\n")


@SETTINGS
@given(st.lists(VALUES, min_size=10, max_size=25))
def test_reprs_match_cpython(values: list[object]) -> None:
    lines = [f"v = {v!r}\nprint(v, repr(v), str(v), [v], (v,), len(str(v)))" for v in values]
    lines.append("a = [1]\na.append(a)\nprint(a, [a, (a,)])")
    agree("\n".join(lines) + "\n")
