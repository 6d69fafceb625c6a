"""What a program can do to its instances and classes, read from its source once: whether it
can ever see an instance's attribute dict, and whether any class of a family
(families.py) can ever lose its number. The runtime gets both before the first statement
(wasm_runtime/layout.py: program_mode), and the compiler drops the tests that a frozen
program never needs (molt/passes/fold_facts.py).

- An instance's dict is *unseen* when nothing can name it: no `__dict__`, no `vars`, and
  getattr/setattr/delattr/hasattr only called, with a constant name. Then an instance that
  gets an attribute outside its layout keeps its slots (SPLIT_DICTS), and no class loses
  its number for it.
- The families are *frozen* when, besides, no class of a family can be changed: its name
  is only called (`C(...)`, `C.m(...)`), read through (`C.X`), compared, used as a base,
  in isinstance/issubclass or in a class pattern, and no class object is reached otherwise
  (`type(x)` and `x.__class__` only looked at: an attribute read or a comparison).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

# Builtins that take an attribute's name: only called, with a constant name, do they
# leave the dict unseen.
NAMED_ACCESS = frozenset({"getattr", "setattr", "delattr", "hasattr"})


@dataclass(frozen=True)
class ProgramShape:
    split_dicts: bool
    frozen: bool


def program_shape(tree: ast.Module, shaped: set[str]) -> ProgramShape:
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    split = dicts_unseen(tree, parents)
    return ProgramShape(split, split and bool(shaped) and not classes_reached(tree, parents, shaped))


def dicts_unseen(tree: ast.Module, parents: dict[int, ast.AST]) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "__dict__":
            return False
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


def classes_reached(tree: ast.Module, parents: dict[int, ast.AST], shaped: set[str]) -> bool:
    """Whether a class object of a family may reach code that could change it."""
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
    return False


def class_name_use_allowed(node: ast.Name, parents: dict[int, ast.AST]) -> bool:
    parent = parents.get(id(node))
    if isinstance(node.ctx, (ast.Store, ast.Del)):
        return False
    if isinstance(parent, ast.Call) and parent.func is node:
        return True
    if isinstance(parent, ast.Attribute) and isinstance(parent.ctx, ast.Load):
        return True
    if isinstance(parent, ast.ClassDef) and node in parent.bases:
        return True
    if isinstance(parent, ast.MatchClass) and parent.cls is node or isinstance(parent, ast.Compare):
        return True
    if isinstance(parent, ast.Tuple):
        parent = parents.get(id(parent))
    return (isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name)
            and parent.func.id in ("isinstance", "issubclass") and len(parent.args) == 2)


def only_looked_at(node: ast.expr, parents: dict[int, ast.AST]) -> bool:
    """`type(x).__name__`, `type(x) is C`: the class is read, never kept."""
    parent = parents.get(id(node))
    if isinstance(parent, ast.Attribute):
        return isinstance(parent.ctx, ast.Load) and parent.attr not in ("__dict__", "__setattr__", "__delattr__")
    return isinstance(parent, ast.Compare)
