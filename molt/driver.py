"""The pipeline: Python source -> IR -> passes -> linked with the runtime -> module bytes.

This is the one place that sequences the stages; each stage knows nothing of the later
ones. PYTHON_PASSES lists the passes over the program's functions, in order, with the
reason each sits where it does.
"""

from __future__ import annotations

import functools
import importlib.resources
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from molt.host.imports import HOST_IMPORTS
from molt.analysis.small_ints import find_small_ints
from molt.analysis.program_facts import analyze_program
from molt.analysis.representation import apply_types
from molt.codegen.module import generate_module
from molt.errors import UsageError
from molt.frontend.dialect import compile_runtime
from molt.frontend.module import compile_program
from molt.ir.check import check_module
from molt.ir.ops import (
    ENTRY1_SUFFIX, ENTRY_SUFFIX, Box, Call, Const, DecRef, FuncIR, FunctionRef, ImportDecl, IncRef, ModuleIR, Unbox,
)
from molt.ir.primitives import PRIMITIVES
from molt.ir.types import BY_NAME
from molt.passes.exceptions import insert_exception_checks
from molt.passes.fold_facts import fold_facts
from molt.passes.inline import inline_runtime_calls, inline_small_functions
from molt.passes.known_numbers import reuse_known_numbers
from molt.passes.refcount import insert_refcounts
from molt.passes.specialize import specialize
from molt.passes.uninit import insert_uninit_checks

ENTRY = "_start"
# The module's exports: the entry, and the flush a host calls after a trap (wasm_runtime/io.py).
EXPORTS = [ENTRY, "molt_flush"]
OPT_LEVELS = ("0", "1", "2", "3", "s", "z")

# Per-function passes over the program's functions (runtime functions are written by hand
# and pass through untouched). Type inference runs between the first and the rest, over
# the whole program at once.
FunctionPass = Callable[[FuncIR, ModuleIR], None]
PYTHON_PASSES: list[tuple[str, FunctionPass]] = [
    # Before inference: the checks give possibly-unbound locals an UNBOUND start, which
    # keeps them boxed.
    ("uninit", lambda fn, module: insert_uninit_checks(fn, set(fn.variables))),
]
LATE_PASSES: list[tuple[str, FunctionPass]] = [
    # Generic ops -> typed ops and runtime calls, with boxing where types meet.
    ("specialize", specialize),
    # After specialize, which adds raising calls; before refcount, which must release
    # references on the error paths too.
    ("exceptions", insert_exception_checks),
    # Last: every edge and every op that defines or ends a reference is now in place.
    ("refcount", insert_refcounts),
    # After refcount: the program's small functions and the runtime's @inline bodies
    # are explicit about references and errors already. All the program's functions get
    # their small callees before any gets the runtime's bodies, which would make them big.
    ("inline_small", inline_small_functions),
    # Between: the copies' class numbers of self, where the caller holds them already.
    ("known_numbers", reuse_known_numbers),
    ("inline", inline_runtime_calls),
]


def runtime_files() -> list[Path]:
    """The runtime's sources: the installed molt.wasm_runtime, or MOLT_RUNTIME_DIR (for
    working on a copy of the runtime)."""
    override = os.environ.get("MOLT_RUNTIME_DIR")
    root = Path(override) if override else Path(str(importlib.resources.files("molt.wasm_runtime")))
    return sorted(p for p in root.iterdir() if p.name.endswith(".py") and p.name != "__init__.py")


def host_imports() -> dict[str, ImportDecl]:
    return {
        name: ImportDecl(name, imp.module, imp.name, tuple(BY_NAME[p] for p in imp.params),
                         BY_NAME[imp.result] if imp.result else None)
        for name, imp in HOST_IMPORTS.items()
    }


@functools.lru_cache(maxsize=1)
def _runtime_cached(stamp: tuple[tuple[str, float], ...]) -> ModuleIR:
    runtime = compile_runtime([Path(name) for name, _ in stamp], host_imports())
    check_primitives(runtime)
    return runtime


def load_runtime() -> ModuleIR:
    """The compiled runtime, reused while its sources are unchanged."""
    stamp = tuple((str(p), p.stat().st_mtime) for p in runtime_files())
    return _runtime_cached(stamp)


def check_primitives(runtime: ModuleIR) -> None:
    """Every primitive the compiler calls exists in the runtime with its declared signature."""
    for prim in PRIMITIVES.values():
        fn = runtime.functions.get(prim.name)
        if fn is None:
            raise AssertionError(f"primitive {prim.name} is not defined in wasm_runtime/")
        params = tuple(p.type.wasm for p in fn.params)
        if params != tuple(p.wasm for p in prim.params):
            raise AssertionError(f"primitive {prim.name}: runtime takes {params}")
        result = fn.result.wasm if fn.result else None
        if result != (prim.result.wasm if prim.result else None):
            raise AssertionError(f"primitive {prim.name}: runtime returns {result}")
        fn.raises = prim.raises


def reachable(module: ModuleIR, roots: list[str]) -> ModuleIR:
    """The module with only the functions the roots can call."""
    seen: dict[str, None] = {}
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen or name not in module.functions:
            continue
        seen[name] = None
        for block in module.functions[name].blocks:
            for op in block.ops:
                if isinstance(op, Call):
                    stack.append(op.callee)
                elif isinstance(op, IncRef):
                    stack += ["incref", "int_incref"]
                elif isinstance(op, DecRef):
                    stack += ["decref", "int_decref", "dealloc"]
                elif isinstance(op, (Box, Unbox)):
                    stack += ["int_box", "int_unbox"]
                for value in op.operands():
                    if isinstance(value, Const) and isinstance(value.value, FunctionRef):
                        stack += [value.value.symbol + ENTRY_SUFFIX, value.value.symbol + ENTRY1_SUFFIX]
    functions = {name: fn for name, fn in module.functions.items() if name in seen}
    return ModuleIR(functions, module.imports, module.globals, module.constants, module.tables)


@dataclass
class Options:
    check_ir: bool = bool(os.environ.get("MOLT_CHECK_IR"))
    # Off for the IR goldens, which show the program's code without the runtime's.
    inline: bool = True


def compile_to_ir(source: str, file: str, options: Options | None = None) -> ModuleIR:
    """The program's IR after every pass, linked with the runtime functions it reaches."""
    options = options or Options()
    program = compile_program(source, file)
    runtime = load_runtime()
    module = ModuleIR(dict(runtime.functions), dict(runtime.imports), dict(runtime.globals),
                      runtime.constants, runtime.tables)
    module.functions.update(program.functions)
    module.globals.update(program.globals)
    module.tables = {**runtime.tables, **program.tables}
    module.sources[file] = source.splitlines()
    module.classes = program.classes
    python = [fn for fn in program.functions.values()]
    for name, run in PYTHON_PASSES:
        for fn in python:
            run(fn, module)
        if options.check_ir:
            check_module(module, after=name, kinds=("python",), typed=False)
    # Whole-program facts: types, reachable code, class tests decided (analysis/program_facts.py).
    analysis = analyze_program(module)
    apply_types(analysis)
    for fn in python:
        fold_facts(fn, analysis, options.check_ir)
    if options.check_ir:
        check_module(module, after="fold_facts", kinds=("python",), typed=False)
    find_small_ints(module)
    for name, run in LATE_PASSES:
        if name in ("inline_small", "known_numbers", "inline") and not options.inline:
            continue
        for fn in python:
            run(fn, module)
        if options.check_ir:
            check_module(module, after=name, kinds=("python",))
    return reachable(module, EXPORTS)


def build_runtime_test(source: str, opt_level: str = "2") -> bytes:
    """A module whose top-level code is `module_body` written in the dialect (`source`),
    linked with the runtime: how the runtime's own tests call runtime functions directly."""
    from molt.frontend.module import (
        CALL_WITH_SELF, EXCEPTION_TEXT, builtin_method_functions, call_with_self_function, exception_text_function,
    )

    runtime = compile_runtime(runtime_files(), host_imports(), (("runtime_test.py", source),))
    runtime.functions[EXCEPTION_TEXT] = exception_text_function(True)
    runtime.functions[CALL_WITH_SELF] = call_with_self_function(True)
    for function in builtin_method_functions(False):
        runtime.functions[function.name] = function
    wasm = generate_module(reachable(runtime, [ENTRY]), [ENTRY])
    if opt_level != "0":
        from molt.optimize import optimize

        wasm = optimize(wasm, opt_level)
    return wasm


@dataclass
class UnoptimizedModule:
    """A program's module as codegen wrote it, which each optimization level starts from."""

    wasm: bytes
    # The IR ops of the program's longest function (molt/optimize.py reads it).
    longest_function: int

    def at(self, opt_level: str) -> bytes:
        if opt_level == "0":
            return self.wasm
        from molt.optimize import optimize

        return optimize(self.wasm, opt_level, self.longest_function)


def build_unoptimized(source: str, file: str, options: Options | None = None) -> UnoptimizedModule:
    module = compile_to_ir(source, file, options)
    longest = max((sum(len(block.ops) for block in fn.blocks) for fn in module.functions.values()
                   if fn.kind == "python"), default=0)
    return UnoptimizedModule(generate_module(module, EXPORTS), longest)


def build_wasm(source: str, file: str, opt_level: str = "2", options: Options | None = None) -> bytes:
    """A WASI command module for the program, optimized at opt_level."""
    return build_unoptimized(source, file, options).at(opt_level)


def read_source(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{path}: is a directory") from None
    except UnicodeDecodeError as e:
        raise UsageError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    except OSError as e:
        raise UsageError(f"{path}: {e.strerror}") from None
