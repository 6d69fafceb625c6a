"""The attributes a class's instances get fixed slots for (Tier 0, wasm_runtime/layout.py):
what its methods assign to `self`.

Only the class's own defs are read, each for the stores through its first parameter;
__init__ comes first, so that the slots follow the order in which a new instance is
filled. A name missed here still works, through the instance's dict.
"""

from __future__ import annotations

import ast

STATIC_DECORATORS = frozenset({"staticmethod", "classmethod"})


def instance_attribute_names(node: ast.ClassDef) -> list[str]:
    methods = [stmt for stmt in node.body if isinstance(stmt, ast.FunctionDef) and receiver(stmt) is not None]
    methods.sort(key=lambda m: m.name != "__init__")
    names: dict[str, None] = {}
    for method in methods:
        self_name = receiver(method)
        for target in stores(method):
            if isinstance(target.value, ast.Name) and target.value.id == self_name:
                names.setdefault(target.attr, None)
    return list(names)


def receiver(method: ast.FunctionDef) -> str | None:
    """The name of a method's first positional parameter (its self), if it has one."""
    if any(isinstance(d, ast.Name) and d.id in STATIC_DECORATORS for d in method.decorator_list):
        return None
    params = method.args.posonlyargs + method.args.args
    return params[0].arg if params else None


def stores(method: ast.FunctionDef) -> list[ast.Attribute]:
    """The attribute targets the method's own body assigns (not its nested functions')."""
    found: list[ast.Attribute] = []
    pending: list[ast.AST] = list(method.body)
    while pending:
        node = pending.pop(0)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            found.append(node)
        pending.extend(ast.iter_child_nodes(node))
    return found
