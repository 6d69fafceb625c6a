"""The differential corpus: every program in tests/diff/ under CPython and under Molt.

stdout, the exit code and the last line of stderr must be equal; CPython's run is the only
expectation. Each program runs as optimized WASM (-O2), unoptimized (-O0), so that a
difference made by Binaryen shows up as a failure of one of the two, and as a native
executable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DIFF_DIR, Outcome, run_cpython, run_molt, run_native

PROGRAMS = sorted(DIFF_DIR.glob("*.py"))


@pytest.mark.parametrize("target", ["wasm-O2", "wasm-O0", "native"])
@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_cpython(program: Path, target: str, cpython_cache: dict[Path, Outcome]) -> None:
    if program not in cpython_cache:
        cpython_cache[program] = run_cpython(program)
    expected = cpython_cache[program]
    actual = run_native(program) if target == "native" else run_molt(program, target.removeprefix("wasm-O"))
    assert actual.stdout == expected.stdout
    assert (actual.exit_code, actual.last_stderr_line) == (expected.exit_code, expected.last_stderr_line)


def test_corpus_is_large_enough() -> None:
    assert len(PROGRAMS) >= 40
