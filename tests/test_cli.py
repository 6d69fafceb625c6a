"""The command line: builds, runs, and one clear line (never a traceback) for bad input."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import wasmtime

from conftest import ROOT

HELLO = ROOT / "examples" / "hello.py"


def molt(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "molt.cli", *args], capture_output=True, text=True,
                          timeout=120, cwd=cwd)


def write(tmp_path: Path, source: str, name: str = "app.py") -> Path:
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return path


def assert_one_error_line(proc: subprocess.CompletedProcess[str], expected: str) -> None:
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr == expected + "\n"


def test_version() -> None:
    proc = molt("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == "molt 0.1.0"


@pytest.mark.parametrize("command", [[], ["build"], ["run"]])
def test_help(command: list[str]) -> None:
    proc = molt(*command, "--help")
    assert proc.returncode == 0
    assert "Usage: " in proc.stdout


def test_build_writes_a_small_module_that_runs(tmp_path: Path) -> None:
    out = tmp_path / "hello.wasm"
    proc = molt("build", "--wasm", str(HELLO), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    wasm = out.read_bytes()
    assert len(wasm) <= 10 * 1024
    wasmtime.Module.validate(wasmtime.Engine(), wasm)


def test_build_defaults_output_next_to_the_source(tmp_path: Path) -> None:
    app = write(tmp_path, 'print("hi")\n')
    assert molt("build", str(app)).returncode == 0
    assert (tmp_path / "app.wasm").exists()


@pytest.mark.parametrize("level", ["0", "1", "2", "3", "s", "z"])
def test_every_optimization_level_runs(tmp_path: Path, level: str) -> None:
    app = write(tmp_path, "def f(n):\n    return n * 2 + 1\nprint(f(20), 'ok')\n")
    proc = molt("run", "-O", level, str(app))
    assert (proc.returncode, proc.stdout) == (0, "41 ok\n")


def test_run_passes_output_and_exit_code_through(tmp_path: Path) -> None:
    app = write(tmp_path, 'print("before")\nx = 1 // 0\n')
    proc = molt("run", str(app), "extra", "args")
    assert proc.returncode == 1
    assert proc.stdout == "before\n"
    lines = proc.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[-1] == "ZeroDivisionError: integer division or modulo by zero"


def test_unsupported_construct_is_refused_with_its_location(tmp_path: Path) -> None:
    write(tmp_path, "x = 1\nwith x:\n    pass\n")
    proc = molt("build", "app.py", cwd=tmp_path)
    assert_one_error_line(proc, "app.py:2:1: error: the with statement is not supported by molt yet")


@pytest.mark.parametrize("source, message", [
    ("def f():\n    class C:\n        pass\n",
     "app.py:2:5: error: a class statement inside a function or class is not supported by molt yet "
     "(only top-level classes for now)"),
    ("class C:\n    def __matmul__(self, o):\n        return 1\n",
     "app.py:2:5: error: the special method __matmul__ is not supported by molt yet (molt does not call it yet)"),
    ("class C:\n    pass\nc = C.__new__(C)\n",
     "app.py:3:5: error: the attribute __new__ is not supported by molt yet (molt's objects do not have it)"),
    ("with open('f') as f:\n    pass\n", "app.py:1:1: error: the with statement is not supported by molt yet"),
    ("def f():\n    yield 1\n", "app.py:2:5: error: yield is not supported by molt yet"),
    ("x = 2\nprint(x @ x)\n",
     "app.py:2:7: error: the '@' operator is not supported by molt yet"),
    ("import sys\n", "app.py:1:1: error: import is not supported by molt yet"),
    ("print(open('x'))\n",
     "app.py:1:7: error: calling 'open' is not supported by molt yet "
     "(only builtins and functions defined in the program can be called)"),
])
def test_more_refusals(tmp_path: Path, source: str, message: str) -> None:
    app = write(tmp_path, source)
    assert_one_error_line(molt("build", "app.py", cwd=tmp_path), message)


def test_syntax_error_gives_cpythons_message(tmp_path: Path) -> None:
    app = write(tmp_path, "x = (1,\n")
    proc = molt("build", str(app), cwd=tmp_path)
    assert_one_error_line(proc, f"{app}:1:5: error: SyntaxError: '(' was never closed")


def test_syntax_error_found_by_the_compiler_stage(tmp_path: Path) -> None:
    write(tmp_path, "x = 1\nreturn x\n")
    proc = molt("run", "app.py", cwd=tmp_path)
    assert_one_error_line(proc, "app.py:2:1: error: SyntaxError: 'return' outside function")


def test_missing_file(tmp_path: Path) -> None:
    assert_one_error_line(molt("build", "nope.py", cwd=tmp_path), "molt: error: nope.py: no such file")
    assert_one_error_line(molt("run", "nope.py", cwd=tmp_path), "molt: error: nope.py: no such file")


def test_directory_and_binary_input(tmp_path: Path) -> None:
    assert_one_error_line(molt("build", ".", cwd=tmp_path), "molt: error: Invalid value for 'APP': File '.' is a directory.")
    (tmp_path / "bin.py").write_bytes(b"\xff\xfe\x00x")
    proc = molt("build", "bin.py", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.startswith("molt: error: bin.py: not UTF-8 text")
    assert len(proc.stderr.splitlines()) == 1


@pytest.mark.parametrize("args, message", [
    (["build", "-O", "9", "x.py"], "molt: error: Invalid value for '-O': '9' is not one of '0', '1', '2', '3', 's', 'z'."),
    (["frobnicate"], "molt: error: No such command 'frobnicate'."),
    (["build"], "molt: error: Missing argument 'APP'."),
    (["build", "--nope", "x.py"], "molt: error: No such option '--nope'."),
])
def test_bad_flags(tmp_path: Path, args: list[str], message: str) -> None:
    assert_one_error_line(molt(*args, cwd=tmp_path), message)


def test_stack_exhaustion_is_one_fatal_line(tmp_path: Path) -> None:
    # Python recursion stops at CPython's limit (RecursionError); the runtime's own
    # recursion (repr of a million nested lists) can still exhaust the stack.
    app = write(tmp_path, "def nest(n):\n    x = []\n    for i in range(n):\n        x = [x]\n    return x\nprint(len(repr(nest(1000000))))\n")
    proc = molt("run", str(app))
    assert proc.returncode == 134
    assert re.fullmatch(r"molt: fatal: stack overflow \(recursion too deep\) in \w+\n", proc.stderr)
