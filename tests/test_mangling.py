"""Private name mangling (molt/frontend/mangling.py): CPython's rule, and an AST that agrees
with the symbol tables CPython builds from the same source."""

from __future__ import annotations

import ast
import symtable

import pytest

from molt.frontend.mangling import mangle, source_name
from molt.frontend.module import parse_program


@pytest.mark.parametrize("private, name, mangled", [
    ("A", "__x", "_A__x"),
    ("_A", "__x", "_A__x"),  # the class's leading underscores go
    ("__A_", "__x", "_A___x"),
    ("___", "__x", "__x"),  # a class named only underscores mangles nothing
    ("A", "__x__", "__x__"),  # dunders stay
    ("A", "__", "__"),
    ("A", "__x_", "_A__x_"),
    ("A", "_x", "_x"),
    ("A", "x", "x"),
    ("A", "__a.b", "__a.b"),  # a dotted import
    (None, "__x", "__x"),  # outside classes
])
def test_mangle_follows_cpython(private: str | None, name: str, mangled: str) -> None:
    assert mangle(private, name) == mangled


SOURCE = '''
import sys as __sys
__top = 1

class Account:
    __rate = 2
    other = __rate + 1

    def __init__(self, __owner, *__args, __flag=False, **__kw):
        global __total
        self.__owner = __owner
        __local = [__i for __i in __args if __i]
        __total = len(__local)

        def __inner(__p):
            nonlocal __local
            __local = __p
            return __local

        self.__inner = __inner
        self.lam = lambda __q=__flag: (__q, __kw)

    def __helper(self):
        try:
            return self.__owner
        except KeyError as __err:
            return __err
        match self.__owner:
            case [__first, *__rest]:
                return __first
            case {"k": __v, **__others}:
                return __v

class __Nested:
    def __m(self):
        return __top
'''


def scope_body(node: ast.AST) -> list[ast.AST]:
    """What a scope evaluates itself (a def's defaults and decorators, and a
    comprehension's first iterable, are its enclosing scope's)."""
    if isinstance(node, ast.Lambda):
        return [node.body]
    if isinstance(node, ast.ListComp):
        first, *others = node.generators
        return [node.elt, first.target, *first.ifs, *others]
    return list(getattr(node, "body"))


def scope_nodes(node: ast.AST) -> list[ast.AST]:
    """The nodes of `node`'s scope whose names bind or refer, and the scopes directly
    inside it (not entered)."""
    found: list[ast.AST] = []
    stack = scope_body(node)
    while stack:
        child = stack.pop()
        found.append(child)
        if isinstance(child, (ast.FunctionDef, ast.Lambda)):
            stack.extend(child.args.defaults + [d for d in child.args.kw_defaults if d is not None])
            stack.extend(getattr(child, "decorator_list", []))
        elif isinstance(child, ast.ClassDef):
            stack.extend(child.bases + child.decorator_list)
        elif isinstance(child, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            stack.append(child.generators[0].iter)  # evaluated by the enclosing scope
        else:
            stack.extend(ast.iter_child_nodes(child))
    return found


def names_of(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Name):
        return [node.id]
    if isinstance(node, (ast.Global, ast.Nonlocal)):
        return list(node.names)
    if isinstance(node, ast.alias):
        return [node.asname or node.name]
    if isinstance(node, (ast.ExceptHandler, ast.MatchAs, ast.MatchStar)) and node.name:
        return [node.name]
    if isinstance(node, ast.MatchMapping) and node.rest:
        return [node.rest]
    if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
        return [node.name]
    return []


def arguments_of(node: ast.FunctionDef | ast.Lambda) -> list[str]:
    a = node.args
    every = a.posonlyargs + a.args + a.kwonlyargs + [p for p in (a.vararg, a.kwarg) if p is not None]
    return [p.arg for p in every]


def check_scope(node: ast.AST, table: symtable.SymbolTable) -> int:
    """Asserts that every name of `node`'s scope is a symbol of `table`, recursively;
    the number of names checked."""
    symbols = {s.get_name() for s in table.get_symbols()}
    checked = 0
    if isinstance(node, (ast.FunctionDef, ast.Lambda)):
        for name in arguments_of(node):
            assert name in symbols, (name, table.get_name())
            checked += 1
    children = list(table.get_children())
    for part in scope_nodes(node):
        for name in names_of(part):
            assert name in symbols, (name, table.get_name())
            checked += 1
        if isinstance(part, (ast.FunctionDef, ast.ClassDef, ast.Lambda, ast.ListComp)):
            kind = {ast.Lambda: "lambda", ast.ListComp: "listcomp"}.get(type(part))
            written = kind or source_name(part)  # type: ignore[arg-type]
            child = next(t for t in children if t.get_name() == written and t.get_lineno() == part.lineno)
            checked += check_scope(part, child)
    return checked


def test_the_tree_and_the_symbol_tables_agree() -> None:
    tree = parse_program(SOURCE, "app.py")
    assert check_scope(tree, symtable.symtable(SOURCE, "app.py", "exec")) > 40


def test_what_is_mangled_and_what_is_not() -> None:
    tree = parse_program(SOURCE + "print(Account()._Account__rate, getattr(Account, '__rate'))\n", "app.py")
    account = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Account")
    methods = {source_name(n): n.name for n in account.body if isinstance(n, ast.FunctionDef)}
    assert methods == {"__init__": "__init__", "__helper": "_Account__helper"}
    attributes = {n.attr for n in ast.walk(account) if isinstance(n, ast.Attribute)}
    assert attributes == {"_Account__owner", "_Account__inner", "lam"}
    imports = [(a.name, a.asname) for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert imports == [("sys", "__sys")]  # at the top level: nothing is mangled
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    assert "__rate" in strings and "k" in strings
    nested = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "__Nested")
    method = nested.body[0]
    assert isinstance(method, ast.FunctionDef) and method.name == "_Nested__m"
    assert [n.id for n in ast.walk(method) if isinstance(n, ast.Name)] == ["_Nested__top"]


def test_call_keywords_are_not_mangled() -> None:
    tree = parse_program("class A:\n    def f(self, __k=0):\n        return self.f(__k=1)\n", "app.py")
    keywords = [k.arg for n in ast.walk(tree) if isinstance(n, ast.Call) for k in n.keywords]
    params = [n.arg for n in ast.walk(tree) if isinstance(n, ast.arg)]
    assert keywords == ["__k"] and params == ["self", "_A__k"]
