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
    write(tmp_path, "x = 1\nasync def f():\n    pass\n")
    proc = molt("build", "app.py", cwd=tmp_path)
    assert_one_error_line(proc, "app.py:2:1: error: an async function is not supported by molt yet")


KEEPS_ITS_CLASS = "is not supported by molt yet (an object keeps the class it was made with)"


@pytest.mark.parametrize("source, message", [
    ("def f():\n    class C:\n        pass\n",
     "app.py:2:5: error: a class statement inside a function or class is not supported by molt yet "
     "(only top-level classes for now)"),
    ("class C:\n    def __matmul__(self, o):\n        return 1\n",
     "app.py:2:5: error: the special method __matmul__ is not supported by molt yet (molt does not call it yet)"),
    ("class C:\n    pass\nc = C.__new__(C)\n",
     "app.py:3:5: error: the attribute __new__ is not supported by molt yet (molt's objects do not have it)"),
    ("with open('f') as f:\n    pass\n",
     "app.py:1:6: error: calling 'open' is not supported by molt yet "
     "(only builtins and functions defined in the program can be called)"),
    ("def f():\n    yield 1\n", "app.py:2:5: error: yield is not supported by molt yet"),
    ("class E(KeyError):\n    pass\nclass F(E):\n    def __eq__(self, o):\n        return True\n",
     "app.py:4:5: error: the special method __eq__ of an exception class is not supported by molt yet "
     "(exception objects reach only __init__, __str__ and __repr__ of their class)"),
    ("x = 2\nprint(x @ x)\n",
     "app.py:2:7: error: the '@' operator is not supported by molt yet"),
    ("import numpy\n", "app.py:1:1: error: importing numpy is not supported by molt yet "
     "(molt knows only the modules typing, sys, functools, dataclasses, enum and __future__)"),
    ("print(open('x'))\n",
     "app.py:1:7: error: calling 'open' is not supported by molt yet "
     "(only builtins and functions defined in the program can be called)"),
    ("class A:\n    pass\nclass B:\n    pass\na = A()\na.__class__ = B\n",
     f"app.py:6:1: error: assigning __class__ {KEEPS_ITS_CLASS}"),
    ("class A:\n    def swap(self, cls):\n        self.__class__ += cls\n",
     f"app.py:3:9: error: assigning __class__ {KEEPS_ITS_CLASS}"),
    ("class A:\n    pass\nsetattr(A(), '__class__', A)\n", f"app.py:3:1: error: assigning __class__ {KEEPS_ITS_CLASS}"),
    ("class A:\n    def __init__(self):\n        object.__setattr__(self, '__class__', A)\n",
     f"app.py:3:9: error: assigning __class__ {KEEPS_ITS_CLASS}"),
    ("x = object(1)\n", "app.py:1:5: error: object() with arguments is not supported by molt yet "
     "(CPython refuses them: object() takes no arguments)"),
])
def test_more_refusals(tmp_path: Path, source: str, message: str) -> None:
    app = write(tmp_path, source)
    assert_one_error_line(molt("build", "app.py", cwd=tmp_path), message)


KNOWN_MODULES = "(molt knows only the modules typing, sys, functools, dataclasses, enum and __future__)"


@pytest.mark.parametrize("source, message", [
    ("def f():\n    import os.path as p\n", f"app.py:2:5: error: importing os.path is not supported by molt yet {KNOWN_MODULES}"),
    ("from collections import deque\n", f"app.py:1:1: error: importing collections is not supported by molt yet {KNOWN_MODULES}"),
    ("from . import sibling\n", f"app.py:1:1: error: importing . is not supported by molt yet {KNOWN_MODULES}"),
    ("from sys import argv\n",
     "app.py:1:17: error: importing sys.argv is not supported by molt yet (molt knows only exit and maxsize from sys)"),
    ("import sys\nprint(sys.argv)\n",
     "app.py:2:7: error: sys.argv is not supported by molt yet (molt knows only exit and maxsize from sys)"),
    ("from functools import lru_cache\nclass C:\n    @lru_cache\n    def m(self):\n        pass\n",
     "app.py:3:6: error: functools.lru_cache in a class body is not supported by molt yet "
     "(molt's cache wrappers do not bind as methods)"),
    ("from typing import *\n", "app.py:1:1: error: from typing import * is not supported by molt yet "
     "(import the names one by one)"),
    ("import sys\nprint(sys)\n", "app.py:2:7: error: using the module sys as a value is not supported by molt yet"),
    ("from typing import List\nVector = List[float]\n", "app.py:2:10: error: using typing.List as a value is not "
     "supported by molt yet (typing's names are only understood in annotations)"),
    ("from typing import TypeVar\nT = TypeVar('T')\n",
     "app.py:2:5: error: calling typing.TypeVar is not supported by molt yet"),
    ("import sys\nsys = None\n", "app.py:1:1: error: rebinding the imported name 'sys' is not supported by molt yet "
     "(molt binds an imported name once, when it compiles)"),
    ("def f():\n    global sys\n    import sys\n", "app.py:3:5: error: importing 'sys' into a global of the module "
     "is not supported by molt yet (molt binds an imported name only in the scope that imports it)"),
    ("from functools import reduce\nreduce(max, [1], initial=0)\n",
     "app.py:2:1: error: keyword or star arguments to reduce() is not supported by molt yet"),
    ("import sys\nsys.exit(1, 2)\n", "app.py:2:1: error: exit() with 2 arguments is not supported by molt yet"),
    ("from dataclasses import field\nx = field()\n",
     "app.py:2:5: error: calling dataclasses.field outside a dataclass's fields is not supported by molt yet"),
    ("from dataclasses import dataclass\n@dataclass(slots=True)\nclass C:\n    x: int\n",
     "app.py:2:12: error: dataclass(slots=...) is not supported by molt yet"),
    ("from dataclasses import dataclass\n@dataclass\nclass C:\n    x: list = []\n",
     "app.py:4:15: error: the mutable default list of the field x is not supported by molt yet "
     "(CPython refuses it: use field(default_factory=...))"),
    ("from enum import Enum\nclass A(Enum):\n    X = 1\nclass B(A):\n    Y = 2\n",
     "app.py:4:9: error: extending the enum A is not supported by molt yet "
     "(CPython refuses to extend an enum with members)"),
    ("from enum import Flag\n", "app.py:1:18: error: importing enum.Flag is not supported by molt yet "
     "(molt knows only Enum, IntEnum and auto from enum)"),
    ("from enum import Enum, auto\nclass A(Enum):\n    X = 'x'\n    Y = auto()\n",
     "app.py:4:9: error: auto() after a value that is not an int above the others is not supported by molt yet "
     "(molt computes auto() values when it compiles)"),
    ("from enum import Enum, auto\nclass A(Enum):\n    def _generate_next_value_(name, start, count, last):\n"
     "        return name\n    X = auto()\n",
     "app.py:3:5: error: defining _generate_next_value_ in an enum is not supported by molt yet "
     "(molt computes auto() values when it compiles)"),
    ("from enum import Enum\nclass Base(Enum):\n    _generate_next_value_ = staticmethod(lambda *a: 0)\n",
     "app.py:3:5: error: defining _generate_next_value_ in an enum is not supported by molt yet "
     "(molt computes auto() values when it compiles)"),
    ("from functools import total_ordering\nclass C:\n    pass\nD = total_ordering(C)\n",
     "app.py:4:5: error: calling functools.total_ordering is not supported by molt yet"),
])
def test_import_refusals(tmp_path: Path, source: str, message: str) -> None:
    write(tmp_path, source)
    assert_one_error_line(molt("build", "app.py", cwd=tmp_path), message)


def test_class_assignment_by_a_name_given_at_run_time_is_refused_there(tmp_path: Path) -> None:
    app = write(tmp_path, "class A:\n    pass\nname = '__class__'\nsetattr(A(), name, A)\n")
    proc = molt("run", str(app))
    assert proc.returncode == 1
    assert proc.stderr.splitlines()[-1] == "NotImplementedError: assigning __class__ is not supported by molt yet"


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
    # Python recursion, and repr and == of nested containers, stop at CPython's limit
    # (RecursionError); the runtime's own recursion (the hash of a tuple nested a million
    # deep, which crashes CPython) can still exhaust the stack. What was printed before
    # the trap is written out.
    app = write(tmp_path, "print('before')\nt = ()\nfor i in range(1000000):\n    t = (t,)\nprint(hash(t))\n")
    proc = molt("run", str(app))
    assert proc.returncode == 134
    assert proc.stdout == "before\n"
    assert re.fullmatch(r"molt: fatal: stack overflow \(recursion too deep\) in \w+\n", proc.stderr)
