"""The stages import one way: frontend -> ir -> analysis -> passes -> codegen -> wasm, then
optimize and aot.

A module may import only its own stage, earlier stages and the shared modules; the driver
and the CLI sequence the stages and may import any of them.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

# Each stage, and what it may import (besides itself).
ALLOWED: dict[str, set[str]] = {
    "molt.wasm": set(),
    "molt.ir": set(),
    "molt.frontend": {"molt.ir"},
    "molt.analysis": {"molt.ir"},
    "molt.passes": {"molt.ir", "molt.analysis"},
    "molt.codegen": {"molt.ir", "molt.analysis", "molt.wasm"},
    "molt.optimize": set(),
    "molt.aot": {"molt.host"},
    "molt.host": {"molt.wasm"},
}
SHARED = {"molt.errors", "molt"}
SEQUENCERS = {"molt.driver", "molt.cli"}


def stage_of(module: str) -> str | None:
    for stage in ALLOWED:
        if module == stage or module.startswith(stage + "."):
            return stage
    return None


def package_modules() -> list[tuple[str, Path]]:
    modules = []
    for path in (ROOT / "molt").rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        modules.append((".".join(rel.parts).removesuffix(".__init__"), path))
    for path in (ROOT / "host").glob("*.py"):
        modules.append(("molt.host." + path.stem if path.stem != "__init__" else "molt.host", path))
    return modules


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return [m for m in found if m == "molt" or m.startswith("molt.")]


def test_every_module_belongs_to_a_stage() -> None:
    for name, _ in package_modules():
        assert name in SEQUENCERS or name in SHARED or stage_of(name) is not None, name


def test_imports_go_one_way() -> None:
    backward = []
    for name, path in package_modules():
        if name in SEQUENCERS or name in SHARED:
            continue
        stage = stage_of(name)
        assert stage is not None
        for imported in imports_of(path):
            target = stage_of(imported)
            if imported in SHARED or target == stage or target in ALLOWED[stage]:
                continue
            backward.append(f"{name} imports {imported}")
    assert backward == []
