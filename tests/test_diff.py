"""The differential corpus: every program in tests/diff/ under CPython and under Molt.

stdout, the exit code, the last line of stderr and the traceback's `File "...", line N,
in f` lines must be equal; CPython's run is the only expectation. Each program runs as optimized WASM (-O2), unoptimized (-O0), so that a
difference made by Binaryen shows up as a failure of one of the two, and as a native
executable (made from the same -O2 module). Object addresses (`<function f at 0x...>`)
are the one thing normalized.

All runs of a program share an xdist group, so that one worker compiles it once.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import DIFF_DIR, Outcome, build, run_cpython, run_native_wasm, run_wasm

PROGRAMS = sorted(DIFF_DIR.glob("*.py"))
ADDRESS = re.compile(r" at 0x[0-9a-f]+>")


def normalized(outcome: Outcome) -> Outcome:
    return Outcome(ADDRESS.sub(" at 0x...>", outcome.stdout), outcome.exit_code,
                   ADDRESS.sub(" at 0x...>", outcome.last_stderr_line), outcome.traceback)


@pytest.fixture(scope="session")
def builds() -> dict[tuple[Path, str], bytes]:
    return {}


def cached_build(builds: dict[tuple[Path, str], bytes], program: Path, level: str) -> bytes:
    if (program, level) not in builds:
        builds[(program, level)] = build(program, level)
    return builds[(program, level)]


@pytest.mark.parametrize("target", ["wasm-O2", "wasm-O0", "native"])
@pytest.mark.parametrize("program", [pytest.param(p, id=p.stem, marks=pytest.mark.xdist_group(p.stem))
                                     for p in PROGRAMS])
def test_program_matches_cpython(program: Path, target: str, cpython_cache: dict[Path, Outcome],
                                 builds: dict[tuple[Path, str], bytes]) -> None:
    if program not in cpython_cache:
        cpython_cache[program] = run_cpython(program)
    expected = normalized(cpython_cache[program])
    level = "0" if target == "wasm-O0" else "2"
    wasm = cached_build(builds, program, level)
    if target == "native":
        actual = run_native_wasm(wasm, program)
    else:
        actual = run_wasm(wasm, name=str(program))
    actual = normalized(actual)
    assert actual.stdout == expected.stdout
    assert (actual.exit_code, actual.last_stderr_line) == (expected.exit_code, expected.last_stderr_line)
    assert actual.traceback == expected.traceback


def test_corpus_is_large_enough() -> None:
    assert len(PROGRAMS) >= 40
