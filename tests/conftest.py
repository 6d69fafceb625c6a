"""Shared helpers: run a program under CPython and under Molt, and compare them."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    import wasmtime

    from molt.driver import UnoptimizedModule

ROOT = Path(__file__).resolve().parent.parent
DIFF_DIR = ROOT / "tests" / "diff"


@dataclass(frozen=True)
class Outcome:
    stdout: str
    exit_code: int
    last_stderr_line: str
    # The `File "...", line N, in f` lines of the tracebacks printed on stderr.
    traceback: tuple[str, ...] = ()

    @staticmethod
    def of(stdout: str, exit_code: int, stderr: str) -> "Outcome":
        lines = stderr.strip().splitlines()
        frames = tuple(line for line in lines if line.startswith("  File "))
        return Outcome(stdout, exit_code, lines[-1] if lines else "", frames)


def run_cpython(path: Path, args: list[str] | None = None) -> Outcome:
    proc = subprocess.run([sys.executable, str(path), *(args or [])], capture_output=True,
                          text=True, timeout=60, cwd=path.parent)
    return Outcome.of(proc.stdout, proc.returncode, proc.stderr)


def build(path: Path, opt_level: str = "2") -> bytes:
    return build_unoptimized(path).at(opt_level)


def build_unoptimized(path: Path) -> "UnoptimizedModule":
    from molt.driver import Options, build_unoptimized as build_module

    return build_module(path.read_text(encoding="utf-8"), str(path), Options(check_ir=True))


def run_wasm(wasm: "bytes | wasmtime.Module", args: list[str] | None = None, name: str = "app.py") -> Outcome:
    """Run a module (its bytes, or the module compiled already) in this process."""
    import wasmtime

    from molt.host.run import Streams, engine, run_module

    module = wasm if isinstance(wasm, wasmtime.Module) else wasmtime.Module(engine(), wasm)
    with tempfile.TemporaryDirectory() as tmp:
        out, err = Path(tmp, "stdout"), Path(tmp, "stderr")
        code = run_module(engine(), module, [name, *(args or [])], Streams(stdout=str(out), stderr=str(err)))
        return Outcome.of(out.read_text(encoding="utf-8", errors="replace"), code,
                          err.read_text(encoding="utf-8", errors="replace"))


def run_molt(path: Path, opt_level: str = "2") -> Outcome:
    return run_wasm(build(path, opt_level), name=str(path))


def run_native(path: Path, args: list[str] | None = None) -> Outcome:
    """Build a native executable of the program and run it in a process of its own."""
    return run_native_wasm(build(path), path, args)


def run_native_wasm(wasm: "bytes | wasmtime.Module", path: Path, args: list[str] | None = None) -> Outcome:
    """Make a native executable of a built module (its bytes, or the module compiled
    already) and run it in a process of its own."""
    import wasmtime

    from molt.aot import build_native, wasmtime_version, write_executable

    with tempfile.TemporaryDirectory() as tmp:
        exe = Path(tmp) / path.stem
        if isinstance(wasm, wasmtime.Module):
            write_executable(exe, bytes(wasm.serialize()), [], wasmtime_version())
        else:
            build_native(wasm, exe, [])
        proc = subprocess.run([str(exe), *(args or [])], capture_output=True, text=True, timeout=60,
                              cwd=path.parent)
        return Outcome.of(proc.stdout, proc.returncode, proc.stderr)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-goldens", action="store_true",
                     help="rewrite the IR goldens in tests/ir/ from the compiler's output")


def run_dialect(source: str, opt_level: str = "2") -> Outcome:
    """Run `source`, a dialect file that defines `module_body() -> obj`, with the runtime.

    For testing runtime functions directly, before (or beside) the Python that reaches them."""
    from molt.driver import build_runtime_test

    return run_wasm(build_runtime_test(source, opt_level))
