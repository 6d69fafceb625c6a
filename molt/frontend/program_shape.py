"""What a program can do to its instances and classes, read from its source once: whether it
can ever see an instance's attribute dict, and whether any class of a family
(families.py) can ever lose its number. The runtime gets both before the first statement
(wasm_runtime/layout.py: program_mode), and the compiler drops the tests that a frozen
program never needs (molt/passes/fold_facts.py).

- An instance's dict is *unseen* when nothing can name it: no `__dict__`, no `vars`, and
  getattr/setattr/delattr/hasattr only called, with a constant name; and no store names a
  method of a class (the instance's own value would hide it). Then an instance that gets an
  attribute outside its layout keeps its slots (SPLIT_DICTS), and no class loses its number
  for it.
- The families are *frozen* when, besides, no class of a family can be changed: its name
  is only called (`C(...)`, `C.m(...)`), read through (`C.X`), compared, used as a base,
  in isinstance/issubclass or in a class pattern, and no class object is reached otherwise
  (`type(x)` and `x.__class__` only compared, or asked their names; no `__class__` cell, no
  classmethod's `cls`).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

# What `type(x).NAME` may read and let no class object go: the class's names.
NAMES_OF_CLASSES = frozenset({"__name__", "__qualname__", "__module__"})
# Attributes that give classes: an MRO's, the bases.
CLASS_LINKS = frozenset({"__mro__", "__bases__", "__base__", "__subclasses__", "mro"})
# The builtins whose use of a class name lets it go nowhere, unless the program rebinds them.
CLASS_TOOLS = frozenset({"isinstance", "issubclass", "type"})
# Builtins that take an attribute's name: only called, with a constant name, do they
# leave the dict unseen.
NAMED_ACCESS = frozenset({"getattr", "setattr", "delattr", "hasattr"})


@dataclass(frozen=True)
class ProgramShape:
    split_dicts: bool
    frozen: bool


def program_shape(tree: ast.Module, shaped: set[str]) -> ProgramShape:
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    split = dicts_unseen(tree, parents) and not methods_shadowed(tree)
    return ProgramShape(split, split and bool(shaped) and not classes_reached(tree, parents, shaped))


def dicts_unseen(tree: ast.Module, parents: dict[int, ast.AST]) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "__dict__":
            return False
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "__dict__" in node.value:
            return False  # "{0.__dict__}".format(x) names it too
        if isinstance(node, ast.Name) and node.id == "vars":
            return False
        if isinstance(node, ast.Name) and node.id in NAMED_ACCESS:
            call = parents.get(id(node))
            if not (isinstance(call, ast.Call) and call.func is node and len(call.args) >= 2
                    and isinstance(call.args[1], ast.Constant) and isinstance(call.args[1].value, str)
                    and call.args[1].value != "__dict__" and not any(isinstance(a, ast.Starred) for a in call.args)):
                return False
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("__setattr__", "__delattr__", "__getattribute__")
                and not (len(node.args) >= 2 and isinstance(node.args[1], ast.Constant))):
            return False
    return True


def methods_shadowed(tree: ast.Module) -> bool:
    """Whether the program stores an attribute under the name of a method (or of a
    decorated function) of a class: an instance's own value would hide the method, which
    the compiler calls directly as long as the instance's class keeps its number."""
    methods = {stmt.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef) for stmt in node.body
               if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and node.attr in methods:
            return True
        if (isinstance(node, ast.Call) and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                and node.args[1].value in methods and (
                    isinstance(node.func, ast.Name) and node.func.id == "setattr"
                    or isinstance(node.func, ast.Attribute) and node.func.attr == "__setattr__")):
            return True
    return False


def classes_reached(tree: ast.Module, parents: dict[int, ast.AST], shaped: set[str]) -> bool:
    """Whether a class object of a family may reach code that could change it."""
    if bound_names(tree) & CLASS_TOOLS:
        return True  # a `def isinstance` of the program's takes classes as anything
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in shaped and not class_name_use_allowed(node, parents):
            return True
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type":
            if len(node.args) != 1 or not only_looked_at(node, parents):
                return True
        if isinstance(node, ast.Name) and node.id == "type" and not isinstance(parents.get(id(node)), ast.Call):
            return True
        if isinstance(node, ast.Attribute) and node.attr == "__class__" and not only_looked_at(node, parents):
            return True
        if isinstance(node, ast.Attribute) and node.attr in CLASS_LINKS:
            return True  # the classes of an MRO, the bases
        if (isinstance(node, ast.Call) and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
                and node.args[1].value in CLASS_LINKS | {"__class__"}):
            return True  # getattr(x, "__class__")
        if isinstance(node, ast.Name) and node.id in ("__class__", "classmethod"):
            return True  # a method's own class; a classmethod's cls
    return False


def bound_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
    return names


def class_name_use_allowed(node: ast.Name, parents: dict[int, ast.AST]) -> bool:
    parent = parents.get(id(node))
    if isinstance(node.ctx, (ast.Store, ast.Del)):
        return False
    if isinstance(parent, ast.Call) and parent.func is node:
        return True
    if isinstance(parent, ast.Attribute) and isinstance(parent.ctx, ast.Load):
        return not parent.attr.startswith("__") or parent.attr in NAMES_OF_CLASSES or parent.attr == "__init__"
    if isinstance(parent, ast.ClassDef) and node in parent.bases:
        return True
    if isinstance(parent, ast.MatchClass) and parent.cls is node:
        return True
    if isinstance(parent, ast.Compare):
        return compares_classes(parent)
    if isinstance(parent, ast.Tuple):
        parent = parents.get(id(parent))
    return (isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name)
            and parent.func.id in ("isinstance", "issubclass") and len(parent.args) == 2)


def only_looked_at(node: ast.expr, parents: dict[int, ast.AST]) -> bool:
    """`type(x).__name__`, `type(x) is C`: the class is read, never kept."""
    parent = parents.get(id(node))
    if isinstance(parent, ast.Attribute):
        return isinstance(parent.ctx, ast.Load) and parent.attr in NAMES_OF_CLASSES
    return isinstance(parent, ast.Compare) and compares_classes(parent)


def compares_classes(node: ast.Compare) -> bool:
    """`type(x) is C`, `type(x) == C`: an identity test, or classes compared with classes
    (the other side of `==` could be an object whose __eq__ takes the class)."""
    if all(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
        return True
    return all(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops) and all(
        is_class_expression(e) for e in [node.left, *node.comparators])


def is_class_expression(node: ast.expr) -> bool:
    """A name (a class's, by the rules above), type(x) or x.__class__."""
    return (isinstance(node, ast.Name) or isinstance(node, ast.Attribute) and node.attr == "__class__"
            or isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "type")
