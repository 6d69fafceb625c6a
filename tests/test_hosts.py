"""A Molt module is a plain WASI command: other WASI hosts than wasmtime run it too."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from conftest import ROOT, build

NODE_RUNNER = ROOT / "host" / "run_node.mjs"


def run_in_node(wasm: bytes, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node is not None, "Node.js is part of the machine's toolchain (see docs/toolchain.md)"
    module = tmp_path / "app.wasm"
    module.write_bytes(wasm)
    return subprocess.run([node, "--no-warnings", str(NODE_RUNNER), str(module)], capture_output=True,
                          text=True, timeout=60)


def test_hello_runs_in_node(tmp_path: Path) -> None:
    proc = run_in_node(build(ROOT / "examples" / "hello.py"), tmp_path)
    assert (proc.returncode, proc.stdout) == (0, "Hello from Molt!\n")


def test_uncaught_exception_exits_1_in_node(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text("def f(x):\n    return 10 // x\nprint(f(5))\nprint(f(0))\n", encoding="utf-8")
    proc = run_in_node(build(app), tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == "2\n"
    assert proc.stderr.splitlines()[-1] == "ZeroDivisionError: integer division or modulo by zero"


def test_python_host_refuses_bad_input_in_one_line(tmp_path: Path) -> None:
    import sys

    not_wasm = tmp_path / "not.wasm"
    not_wasm.write_bytes(b"hi\n")
    for path, reason in ((tmp_path / "missing.wasm", "no such file"), (not_wasm, "not a valid module")):
        proc = subprocess.run([sys.executable, "-m", "molt.host.run", str(path)], capture_output=True, text=True,
                              timeout=60)
        assert proc.returncode == 2
        assert proc.stderr.count("\n") == 1 and reason in proc.stderr, proc.stderr
