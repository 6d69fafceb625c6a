"""The Python host: run a Molt module (a WASI command) in wasmtime.

`run_wasm` is what `molt run` and the test harness use: WASI preview 1 with the given
arguments, the environment, and stdio inherited or redirected to files. A trap (stack
exhaustion, unreachable, out of bounds) ends the program with one `molt: fatal:` line
naming the function from the module's name section.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import wasmtime

# Exit code of a program ended by a trap, as a process killed by SIGABRT reports it.
TRAP_EXIT_CODE = 134


@dataclass
class Streams:
    """Files for the program's standard streams; None inherits the host's."""

    stdin: str | None = None
    stdout: str | None = None
    stderr: str | None = None


ENGINE_TOML = Path(__file__).resolve().parent / "engine.toml"


def engine_settings() -> dict[str, Any]:
    """host/engine.toml: the one engine configuration (the native launcher mirrors it)."""
    with open(ENGINE_TOML, "rb") as f:
        return tomllib.load(f)


def make_engine(overrides: dict[str, Any] | None = None) -> wasmtime.Engine:
    config = wasmtime.Config()
    for name, value in {**engine_settings()["engine"], **(overrides or {})}.items():
        setattr(config, name, value)
    return wasmtime.Engine(config)


_ENGINE: wasmtime.Engine | None = None


def engine() -> wasmtime.Engine:
    global _ENGINE
    if _ENGINE is None:
        _ENGINE = make_engine()
    return _ENGINE


def run_wasm(wasm: bytes, argv: list[str], streams: Streams | None = None) -> int:
    """Run the module's `_start`; its exit code."""
    streams = streams or Streams()
    eng = engine()
    module = wasmtime.Module(eng, wasm)
    return run_module(eng, module, argv, streams)


def run_module(eng: wasmtime.Engine, module: wasmtime.Module, argv: list[str], streams: Streams) -> int:
    linker = wasmtime.Linker(eng)
    linker.define_wasi()
    store = wasmtime.Store(eng)
    wasi = wasmtime.WasiConfig()
    wasi.argv = argv
    wasi.env = list(os.environ.items())
    if streams.stdin is None:
        wasi.inherit_stdin()
    else:
        wasi.stdin_file = streams.stdin
    if streams.stdout is None:
        wasi.inherit_stdout()
    else:
        wasi.stdout_file = streams.stdout
    if streams.stderr is None:
        wasi.inherit_stderr()
    else:
        wasi.stderr_file = streams.stderr
    store.set_wasi(wasi)
    instance = None
    try:
        instance = linker.instantiate(store, module)
        start = instance.exports(store)["_start"]
        assert isinstance(start, wasmtime.Func)
        start(store)
    except wasmtime.ExitTrap as e:
        return e.code
    except wasmtime.Trap as e:
        if instance is not None:
            flush_after_trap(store, instance)
        report_trap(e, streams)
        return TRAP_EXIT_CODE
    except wasmtime.WasmtimeError as e:
        # A host function's error: WASI's proc_exit refuses statuses from 126 up (what
        # sys.exit(200) asks for), as the native launcher's wasmtime does.
        lines = [line.strip() for line in str(e).splitlines() if line.strip()]
        report_fatal(lines[-1] if lines else "error", streams)
        return TRAP_EXIT_CODE
    return 0


def flush_after_trap(store: wasmtime.Store, instance: wasmtime.Instance) -> None:
    """Write out what the program printed before the trap (a module's molt_flush export)."""
    flush = instance.exports(store).get("molt_flush")
    if isinstance(flush, wasmtime.Func):
        try:
            flush(store)
        except (wasmtime.Trap, wasmtime.WasmtimeError):
            pass  # the trap left the buffer unusable: the first trap is still reported


def report_trap(trap: wasmtime.Trap, streams: Streams) -> None:
    where = ""
    frames = trap.frames
    if frames:
        name = frames[0].func_name
        if name:
            where = f" in {name.removeprefix('__main__.')}"
    report_fatal(f"{describe_trap(trap)}{where}", streams)


def report_fatal(what: str, streams: Streams) -> None:
    line = f"molt: fatal: {what}\n"
    if streams.stderr is None:
        sys.stderr.write(line)
        sys.stderr.flush()
    else:
        with open(streams.stderr, "a", encoding="utf-8") as f:
            f.write(line)


TRAP_DESCRIPTIONS = {
    wasmtime.TrapCode.STACK_OVERFLOW: "stack overflow (recursion too deep)",
    wasmtime.TrapCode.UNREACHABLE: "internal error (unreachable code reached)",
    wasmtime.TrapCode.MEMORY_OUT_OF_BOUNDS: "memory access out of bounds",
    wasmtime.TrapCode.INTEGER_DIVISION_BY_ZERO: "integer division by zero",
    wasmtime.TrapCode.INTEGER_OVERFLOW: "integer overflow",
}


def describe_trap(trap: wasmtime.Trap) -> str:
    code = trap.trap_code
    if code in TRAP_DESCRIPTIONS:
        return TRAP_DESCRIPTIONS[code]
    return trap.message.splitlines()[0] if trap.message else "trap"


def precompile(wasm: bytes) -> bytes:
    """The module compiled ahead of time by Cranelift (wasmtime's serialized form)."""
    return bytes(wasmtime.Module(engine(), wasm).serialize())


def main(argv: list[str] | None = None) -> int:
    """`python -m molt.host.run APP.wasm|APP.cwasm [ARGS...]`: run a built module."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        sys.stderr.write("usage: python -m molt.host.run APP.wasm|APP.cwasm [ARGS...]\n")
        return 2
    path = args[0]
    eng = engine()
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as e:
        sys.stderr.write(f"molt: error: {path}: {e.strerror.lower() if e.strerror else 'cannot read'}\n")
        return 2
    try:
        if path.endswith(".cwasm"):
            module = wasmtime.Module.deserialize(eng, data)
        else:
            module = wasmtime.Module(eng, data)
    except wasmtime.WasmtimeError as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else "invalid module"
        sys.stderr.write(f"molt: error: {path}: not a valid module ({first})\n")
        return 2
    return run_module(eng, module, args, Streams())


if __name__ == "__main__":
    sys.exit(main())
