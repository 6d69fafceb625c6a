"""The runtime as a whole: it compiles, it agrees with the primitives table, it frees."""

from __future__ import annotations

from pathlib import Path

import wasmtime

from conftest import build
from molt.driver import check_primitives, load_runtime
from molt.frontend.module import compile_program
from molt.ir.check import check_module
from molt.ir.ops import ModuleIR
from molt.ir.primitives import PRIMITIVES


def test_runtime_compiles_and_checks() -> None:
    runtime = load_runtime()
    linked = ModuleIR(dict(runtime.functions), runtime.imports)
    linked.functions.update(compile_program("pass\n", "app.py").functions)  # provides module_body
    check_module(linked, kinds=("runtime",))
    assert "_start" in runtime.functions


def test_every_primitive_matches_its_runtime_function() -> None:
    runtime = load_runtime()
    check_primitives(runtime)  # raises on a mismatch
    for name, prim in PRIMITIVES.items():
        fn = runtime.functions[name]
        assert [p.type.wasm for p in fn.params] == [p.wasm for p in prim.params]
        assert (fn.result.wasm if fn.result else None) == (prim.result.wasm if prim.result else None)


def memory_pages_after_run(tmp_path: Path, source: str) -> tuple[int, str]:
    """Run a program; the size of its memory at exit, in pages, and its stdout."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    app = tmp_path / "app.py"
    app.write_text(source, encoding="utf-8")
    wasm = build(app)
    engine = wasmtime.Engine()
    linker = wasmtime.Linker(engine)
    linker.define_wasi()
    store = wasmtime.Store(engine)
    wasi = wasmtime.WasiConfig()
    out = tmp_path / "out.txt"
    wasi.stdout_file = str(out)
    store.set_wasi(wasi)
    instance = linker.instantiate(store, wasmtime.Module(engine, wasm))
    start = instance.exports(store)["_start"]
    assert isinstance(start, wasmtime.Func)
    start(store)
    memory = instance.exports(store)["memory"]
    assert isinstance(memory, wasmtime.Memory)
    return memory.size(store), out.read_text()


def test_memory_stays_flat_while_strs_are_made_and_dropped(tmp_path: Path) -> None:
    # 200,000 strs of 1 KB made and dropped: 200 MB if nothing were freed.
    pages, out = memory_pages_after_run(tmp_path, """
def churn(n):
    kept = ""
    for i in range(n):
        s = "x" * 1000 + str(i)
        if i % 50000 == 0:
            kept = kept + str(i) + ","
    return kept
print(churn(200000))
""")
    assert out == "0,50000,100000,150000,\n"
    assert pages <= 4, f"memory grew to {pages} pages"


def test_generated_runtime_files_are_up_to_date() -> None:
    import subprocess
    import sys

    from conftest import ROOT

    for tool in ("tools/gen_methods.py", "tools/gen_float_tables.py"):
        proc = subprocess.run([sys.executable, tool, "--check"], cwd=ROOT, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr
