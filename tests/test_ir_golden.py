"""IR goldens: tests/ir/NAME.py compiles to exactly the IR in tests/ir/NAME.ir (before the
runtime's @inline functions are spliced in, so that a golden shows the program's code).

The .ir files are written by `python -m pytest tests/test_ir_golden.py --update-goldens`
and never edited by hand; a diff in review shows what a compiler change did to the IR.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT
from molt.driver import Options, compile_to_ir
from molt.ir.printer import format_module

IR_DIR = ROOT / "tests" / "ir"
SOURCES = sorted(IR_DIR.glob("*.py"))


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_ir_matches_golden(source: Path, request: pytest.FixtureRequest) -> None:
    module = compile_to_ir(source.read_text(encoding="utf-8"), "app.py", Options(check_ir=True, inline=False))
    text = format_module(module)
    golden = source.with_suffix(".ir")
    if request.config.getoption("--update-goldens"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden for {source.name}: run with --update-goldens"
    assert text == golden.read_text(encoding="utf-8")
