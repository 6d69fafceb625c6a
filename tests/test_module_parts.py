"""A long module body is lowered as parts (frontend/module.py: module_parts), one function
per run of top-level statements; the program must not tell.

The differential programs are small, so they run in one part: here some of them run with
every statement a part of its own (tracebacks from the module, recursion started there,
dataclasses inheriting defaults, functions called before their def), and a long
generated program runs with the real sizes.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import molt.frontend.module as module_lowering
from conftest import DIFF_DIR, run_cpython, run_wasm
from molt.driver import Options, build_wasm, compile_to_ir

PROGRAMS = ["exc_uncaught_in_init", "fn_recursion_caught", "fn_err_recursion_uncaught", "imports_dataclass_fields",
            "fn_named_top", "lang_facts_globals", "exc_chaining_caught", "cls_families_dispatch",
            "exc_recursion_in_containers"]


def outcome_key(outcome):  # type: ignore[no-untyped-def]
    return outcome.stdout, outcome.exit_code, outcome.last_stderr_line, outcome.traceback


@pytest.mark.parametrize("name", PROGRAMS)
def test_programs_run_the_same_with_every_statement_a_part(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = DIFF_DIR / f"{name}.py"
    assert path.exists(), path
    monkeypatch.setattr(module_lowering, "OUTLINE_ABOVE", 0)
    monkeypatch.setattr(module_lowering, "PART_SIZE", 1)
    module = compile_to_ir(path.read_text(), str(path), Options(inline=False))
    assert sum(fn.module_part for fn in module.functions.values()) > 1
    wasm = build_wasm(path.read_text(), str(path), "2")
    assert outcome_key(run_wasm(wasm, name=str(path))) == outcome_key(run_cpython(path))


def long_program() -> str:
    """Thousands of top-level statements: defs and classes used later, a dataclass and its
    subclass, a try, a loop, and an uncaught exception at the end."""
    lines = ["from dataclasses import dataclass", "", "@dataclass", "class Base:", "    x: int = 1", ""]
    for i in range(900):
        lines.append(f"v{i % 40} = {i} * 3 + len('ab')")
        if i % 50 == 0:
            lines += [f"def f{i}(a):", f"    return a + v{i % 40}", f"print(f{i}({i}), v{i % 40})"]
        if i == 600:
            lines += ["@dataclass", "class Derived(Base):", "    y: int = 2", "print(Derived(), Derived(5, 6))"]
        if i % 97 == 0:
            lines += ["try:", f"    print({{}}['k{i}'])", "except KeyError as e:", "    print('missing', e)"]
    lines += ["total = 0", "for k in range(10):", "    total += f0(k)", "print(total, f850(1))",
              "def late():", "    return undefined_name", "late()"]
    return "\n".join(lines) + "\n"


def test_a_long_module_body_runs_in_parts(tmp_path: Path) -> None:
    path = tmp_path / "long.py"
    path.write_text(long_program())
    body = ast.parse(path.read_text()).body
    parts = module_lowering.module_parts(body)
    assert len(parts) > 1 and sorted(i for part in parts for i in part) == list(range(len(body)))
    module = compile_to_ir(path.read_text(), str(path), Options(inline=False))
    assert sum(fn.module_part for fn in module.functions.values()) == len(parts)
    wasm = build_wasm(path.read_text(), str(path), "2")
    assert outcome_key(run_wasm(wasm, name=str(path))) == outcome_key(run_cpython(path))


def test_a_dataclass_and_its_subclass_stay_in_one_part() -> None:
    body = ast.parse("@dataclass\nclass A:\n    x: int = 0\ny = 1\nz = 2\nclass B(A):\n    pass\nw = 3\n").body
    assert module_lowering.joined_statements(body) == {1, 2, 3}
