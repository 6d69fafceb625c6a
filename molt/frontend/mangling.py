"""Private name mangling: inside a class, `__spam` is `_Class__spam`, rewritten in the AST.

CPython mangles when it compiles (Python/compile.c, _Py_Mangle), and its symtable, built
from the same source text, already holds the mangled names; rewriting the AST once, before
anything reads it, makes the tree and the symbol tables agree, so that every later stage
sees only mangled names, as CPython's bytecode does.

Mangled, as CPython 3.11 mangles them, within a class body and everything nested in it
(defs, lambdas, comprehensions; a nested class mangles its own body with its own name):
names read, stored and deleted; attribute names; the names of defs and classes (the name
bound; a function keeps its own name as `__name__`, which `source_name` gives); parameters;
import names and aliases; `global` and `nonlocal` names; except-clause names; the names
patterns bind. Left alone, as CPython leaves them: keyword argument names in calls (so
`f(__k=1)` does not reach a parameter `__k` of a method), the attribute names of class
patterns, and strings (`getattr(obj, "__x")`).
"""

from __future__ import annotations

import ast

# The attribute of a def whose name was mangled that keeps the name it was written with.
SOURCE_NAME = "molt_source_name"


def mangle(private: str | None, name: str) -> str:
    """_Py_Mangle: `name` as written inside the class `private` (None outside classes).
    Dunder names, dotted names (imports) and names in a class named only underscores
    stay as they are."""
    if private is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = private.lstrip("_")
    if not stripped:
        return name
    return f"_{stripped}{name}"


def source_name(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> str:
    """The name a def or class was written with: its `__name__`, and the name of its
    symbol table (CPython's symtable names blocks before mangling)."""
    name: str = getattr(node, SOURCE_NAME, node.name)
    return name


def mangle_private_names(tree: ast.AST) -> None:
    """Mangle, in place, the private names of every class in `tree`."""
    PrivateNames().visit(tree)


class PrivateNames(ast.NodeVisitor):
    """Walks the tree with the name of the innermost enclosing class (`private`)."""

    def __init__(self) -> None:
        self.private: str | None = None

    def rename(self, name: str) -> str:
        return mangle(self.private, name)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        # Its name, decorators, bases and keywords belong to the enclosing scope; its body
        # is mangled with its own name as written.
        written = node.name
        self.rename_definition(node)
        for child in [*node.decorator_list, *node.bases, *node.keywords]:
            self.visit(child)
        saved, self.private = self.private, written
        for stmt in node.body:
            self.visit(stmt)
        self.private = saved

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.rename_definition(node)
        self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def rename_definition(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        mangled = self.rename(node.name)
        if mangled != node.name:
            setattr(node, SOURCE_NAME, node.name)
            node.name = mangled

    def visit_arg(self, node: ast.arg) -> None:
        node.arg = self.rename(node.arg)
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        node.id = self.rename(node.id)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        node.attr = self.rename(node.attr)
        self.generic_visit(node)

    def visit_Global(self, node: ast.Global) -> None:
        node.names = [self.rename(name) for name in node.names]

    def visit_Nonlocal(self, node: ast.Nonlocal) -> None:
        node.names = [self.rename(name) for name in node.names]

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.module is not None:
            node.module = self.rename(node.module)
        self.generic_visit(node)

    def visit_alias(self, node: ast.alias) -> None:
        # CPython mangles both the name it imports and the name it binds.
        node.name = self.rename(node.name)
        if node.asname is not None:
            node.asname = self.rename(node.asname)

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name is not None:
            node.name = self.rename(node.name)
        self.generic_visit(node)

    def visit_MatchAs(self, node: ast.MatchAs) -> None:
        if node.name is not None:
            node.name = self.rename(node.name)
        self.generic_visit(node)

    def visit_MatchStar(self, node: ast.MatchStar) -> None:
        if node.name is not None:
            node.name = self.rename(node.name)

    def visit_MatchMapping(self, node: ast.MatchMapping) -> None:
        if node.rest is not None:
            node.rest = self.rename(node.rest)
        self.generic_visit(node)
