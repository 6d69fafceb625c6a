"""The differential corpus: every program in tests/diff/ under CPython and under Molt.

stdout, the exit code, the last line of stderr and the traceback's `File "...", line N,
in f` lines must be equal; CPython's run is the only expectation. Each program runs as
optimized WASM (-O2), unoptimized (-O0), so that a difference made by Binaryen shows up as
a failure of one of the two, and as a native executable (made from the same -O2 module).
Object addresses (`<function f at 0x...>`) are the one thing normalized.

One test per program runs all three, so that the program is compiled once: one
unoptimized module, which the -O2 build starts from, and the -O2 module is compiled by
Cranelift once for its run and the native executable. (xdist's groups would do it for one
test per run, but pytest-xdist 3.8 with pytest 9 does not group.) A failure names the run.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import wasmtime

from conftest import DIFF_DIR, Outcome, build_unoptimized, run_cpython, run_native_wasm, run_wasm
from molt.host.run import engine

PROGRAMS = sorted(DIFF_DIR.glob("*.py"))
ADDRESS = re.compile(r" at 0x[0-9a-f]+>")
TARGETS = ("wasm-O2", "wasm-O0", "native")


def normalized(outcome: Outcome) -> Outcome:
    return Outcome(ADDRESS.sub(" at 0x...>", outcome.stdout), outcome.exit_code,
                   ADDRESS.sub(" at 0x...>", outcome.last_stderr_line), outcome.traceback)


def run(target: str, builds: dict[str, bytes | wasmtime.Module], program: Path) -> Outcome:
    if target == "native":
        return run_native_wasm(builds["2"], program)
    return run_wasm(builds["0" if target == "wasm-O0" else "2"], name=str(program))


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_cpython(program: Path) -> None:
    expected = normalized(run_cpython(program))
    module = build_unoptimized(program)
    # The -O2 module is compiled by Cranelift once, for its run and the native executable.
    builds = {"0": module.wasm, "2": wasmtime.Module(engine(), module.at("2"))}
    for target in TARGETS:
        actual = normalized(run(target, builds, program))
        assert (target, actual.stdout) == (target, expected.stdout)
        assert (target, actual.exit_code, actual.last_stderr_line) == (
            target, expected.exit_code, expected.last_stderr_line)
        assert (target, actual.traceback) == (target, expected.traceback)


def test_corpus_is_large_enough() -> None:
    assert len(PROGRAMS) >= 40
