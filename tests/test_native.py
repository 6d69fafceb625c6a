"""Native executables: one file that runs alone, refuses what it cannot trust, and fails
in one line."""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from conftest import ROOT, build
from molt.aot import build_native, launcher_path, trailer, write_executable
from molt.host.run import engine_settings, make_engine, precompile
from molt.wasm.builder import FunctionBuilder
from molt.wasm.module import Module
from molt.wasm.sections import (
    CodeSection, DataSection, ExportSection, FunctionSection, ImportSection, MemorySection, TypeSection,
)
from molt.wasm.types import ConstExpr, ExternalKind, FuncType, Limits, ValType

HELLO = ROOT / "examples" / "hello.py"
VERSION = str(engine_settings()["wasmtime_version"])


def native(tmp_path: Path, source_path: Path, name: str = "app", dirs: list[tuple[str, str]] | None = None) -> Path:
    exe = tmp_path / name
    build_native(build(source_path), exe, dirs or [])
    return exe


def run(exe: Path, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=60, cwd=cwd, env=env)


def test_hello_runs_alone_in_an_empty_directory_with_an_empty_environment(tmp_path: Path) -> None:
    exe = native(tmp_path, HELLO, "hello")
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy2(exe, alone / "hello")
    exe.unlink()
    proc = subprocess.run(["env", "-i", "./hello"], capture_output=True, text=True, cwd=alone, timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "Hello from Molt!\n", "")
    assert os.listdir(alone) == ["hello"]


def test_no_python_is_needed(tmp_path: Path) -> None:
    exe = native(tmp_path, HELLO, "hello")
    # An environment whose PATH holds no Python at all.
    proc = run(exe, env={"PATH": str(tmp_path)})
    assert (proc.returncode, proc.stdout) == (0, "Hello from Molt!\n")


def test_arguments_exit_codes_and_errors_pass_through(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("print('before')\nx = 1 // 0\n", encoding="utf-8")
    proc = run(native(tmp_path, app), "a", "b")
    assert proc.returncode == 1
    assert proc.stdout == "before\n"
    assert proc.stderr.splitlines()[-1] == "ZeroDivisionError: integer division or modulo by zero"


def test_hello_is_small(tmp_path: Path) -> None:
    assert native(tmp_path, HELLO).stat().st_size <= 12 * 1024 * 1024


def test_a_trap_is_one_fatal_line_naming_the_function(tmp_path: Path) -> None:
    # The hash of a tuple nested a million deep recurses in the runtime (CPython's crashes
    # too); what was printed before the trap is written out.
    app = tmp_path / "app.py"
    app.write_text("print('before')\nt = ()\nfor i in range(1000000):\n    t = (t,)\nprint(hash(t))\n", encoding="utf-8")
    proc = run(native(tmp_path, app))
    assert proc.returncode == 134
    assert proc.stdout == "before\n"
    assert proc.stderr == "molt: fatal: stack overflow (recursion too deep) in py_hash\n"


def rewrite_version(exe: Path, version: str) -> None:
    data = bytearray(exe.read_bytes())
    data[-32:] = version.encode().ljust(32, b"\0")
    exe.write_bytes(bytes(data))


def test_a_module_for_another_wasmtime_version_is_refused(tmp_path: Path) -> None:
    exe = native(tmp_path, HELLO)
    rewrite_version(exe, "49.0.0")
    proc = run(exe)
    assert proc.returncode == 126
    assert proc.stdout == ""
    assert proc.stderr == (f"molt: error: this program was precompiled by wasmtime 49.0.0 but this launcher "
                           f"runs wasmtime {VERSION}; rebuild it with `molt build --native`\n")


def test_a_module_precompiled_with_another_configuration_is_refused(tmp_path: Path) -> None:
    # Threads on: the launcher's wasmtime is built without them (host/engine.toml).
    other = make_engine({"wasm_threads": True})
    import wasmtime

    precompiled = bytes(wasmtime.Module(other, build(HELLO)).serialize())
    exe = tmp_path / "app"
    write_executable(exe, precompiled, [], VERSION)
    proc = run(exe)
    assert proc.returncode == 126
    assert proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1
    assert proc.stderr.startswith("molt: error: the program's precompiled code does not fit this launcher (")
    assert proc.stderr.endswith("); rebuild it with `molt build --native`\n")


def test_a_bare_or_damaged_launcher_says_so(tmp_path: Path) -> None:
    proc = run(launcher_path())
    assert (proc.returncode, proc.stderr) == (126, "molt: error: this launcher carries no Molt program\n")
    exe = tmp_path / "damaged"
    launcher = launcher_path().read_bytes()
    exe.write_bytes(launcher + trailer(len(launcher), 10 ** 9, 0, 0, VERSION))
    exe.chmod(0o755)
    proc = run(exe)
    assert (proc.returncode, proc.stderr) == (126, "molt: error: the program appended to this launcher is damaged\n")


def test_the_wasmtime_versions_agree() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert f"wasmtime=={VERSION}" in pyproject["project"]["dependencies"]
    assert f'wasmtime = {{ version = "={VERSION}"' in (ROOT / "native_shim" / "Cargo.toml").read_text()
    assert importlib.metadata.version("wasmtime") == VERSION
    lock = (ROOT / "native_shim" / "Cargo.lock").read_text()
    assert re.search(rf'name = "wasmtime"\nversion = "{re.escape(VERSION)}"', lock)


# Directory capabilities. The subset has no open() yet, so a module written with the encoder
# makes the WASI calls: it reads inside.txt from its one preopened directory (fd 3) to
# stdout, then tries ../outside.txt, which must fail; its exit code says what happened.

ALL_RIGHTS = (1 << 29) - 1


def file_probe_module() -> bytes:
    i32, i64 = ValType.I32, ValType.I64
    types = TypeSection()
    path_open = types.add(FuncType((i32, i32, i32, i32, i32, i64, i64, i32, i32), (i32,)))
    fd_io = types.add(FuncType((i32, i32, i32, i32), (i32,)))
    exit_type = types.add(FuncType((i32,), ()))
    start_type = types.add(FuncType((), ()))
    imports = ImportSection()
    wasi = "wasi_snapshot_preview1"
    imports.add_func(wasi, "path_open", path_open)
    imports.add_func(wasi, "fd_read", fd_io)
    imports.add_func(wasi, "fd_write", fd_io)
    imports.add_func(wasi, "proc_exit", exit_type)
    PATH_OPEN, FD_READ, FD_WRITE, PROC_EXIT = 0, 1, 2, 3
    functions = FunctionSection()
    functions.add(start_type)
    memory = MemorySection()
    memory.add(Limits(1))
    exports = ExportSection()
    exports.add("memory", ExternalKind.MEMORY, 0)
    exports.add("_start", ExternalKind.FUNC, 4)
    data = DataSection()
    data.add_active(0, ConstExpr.i32_const(0), b"inside.txt")
    data.add_active(0, ConstExpr.i32_const(16), b"../outside.txt")

    f = FunctionBuilder([], [])

    def open_file(path_at: int, length: int, fd_at: int) -> None:
        for v in (3, 0, path_at, length, 0):
            f.i32_const(v)
        f.i64_const(ALL_RIGHTS)
        f.i64_const(ALL_RIGHTS)
        f.i32_const(0)
        f.i32_const(fd_at)
        f.call(PATH_OPEN)

    def exit_with(code: int) -> None:
        f.i32_const(code)
        f.call(PROC_EXIT)

    open_file(0, 10, 100)
    f.if_()  # errno != 0: no readable preopen
    exit_with(2)
    f.end()
    # iovec at 300 -> (200, 64); read, then write what was read to stdout.
    f.i32_const(300)
    f.i32_const(200)
    f.i32_store()
    f.i32_const(304)
    f.i32_const(64)
    f.i32_store()
    f.i32_const(100)
    f.i32_load()
    f.i32_const(300)
    f.i32_const(1)
    f.i32_const(308)
    f.call(FD_READ)
    f.drop()
    f.i32_const(304)
    f.i32_const(308)
    f.i32_load()
    f.i32_store()
    f.i32_const(1)
    f.i32_const(300)
    f.i32_const(1)
    f.i32_const(312)
    f.call(FD_WRITE)
    f.drop()
    open_file(16, 14, 104)
    f.i32_eqz()
    f.if_()  # opening a path outside the granted directory succeeded
    exit_with(3)
    f.end()
    exit_with(0)
    code = CodeSection()
    code.add(f.finish())
    module = Module()
    for section in (types, imports, functions, memory, exports, code, data):
        module.section(section)
    return module.finish()


def probe_executable(tmp_path: Path, dirs: list[tuple[str, str]]) -> Path:
    exe = tmp_path / "probe"
    write_executable(exe, precompile(file_probe_module()), dirs, VERSION)
    return exe


def test_allow_dir_grants_that_directory_and_nothing_else(tmp_path: Path) -> None:
    granted = tmp_path / "granted"
    granted.mkdir()
    (granted / "inside.txt").write_text("inside the sandbox\n")
    (tmp_path / "outside.txt").write_text("secret\n")
    proc = run(probe_executable(tmp_path, [(str(granted), ".")]))
    assert (proc.returncode, proc.stdout) == (0, "inside the sandbox\n")


def test_without_allow_dir_no_directory_is_reachable(tmp_path: Path) -> None:
    (tmp_path / "inside.txt").write_text("not granted\n")
    proc = run(probe_executable(tmp_path, []), cwd=tmp_path)
    assert (proc.returncode, proc.stdout) == (2, "")


def test_allow_dir_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    proc = subprocess.run([sys.executable, "-m", "molt.cli", "build", "--native", str(HELLO), "-o",
                           str(tmp_path / "hello"), "--allow-dir", f"{data}:/data"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert f"dir\t{data}\t/data\n".encode() in (tmp_path / "hello").read_bytes()
    assert run(tmp_path / "hello").stdout == "Hello from Molt!\n"
    proc = subprocess.run([sys.executable, "-m", "molt.cli", "build", "--native", str(HELLO), "-o",
                           str(tmp_path / "x"), "--allow-dir", "nowhere"], capture_output=True, text=True)
    assert (proc.returncode, proc.stderr) == (2, "molt: error: --allow-dir nowhere: nowhere is not a directory\n")


def test_run_native(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "molt.cli", "run", "--native", str(HELLO)],
                          capture_output=True, text=True, timeout=120)
    assert (proc.returncode, proc.stdout) == (0, "Hello from Molt!\n")


@pytest.mark.parametrize("target", ["wasm", "native"])
def test_allow_dir_needs_native(tmp_path: Path, target: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "molt.cli", "build", str(HELLO), "--allow-dir", str(tmp_path)]
                          + (["--wasm"] if target == "wasm" else []), capture_output=True, text=True)
    assert (proc.returncode, proc.stderr) == (2, "molt: error: --allow-dir applies to native executables (add --native)\n")
