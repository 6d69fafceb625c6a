"""Facts from CPython's symbol tables (symtable) about functions' variables.

Molt lowers comprehensions inline, so a comprehension's scope is looked through: its
inner functions count as the enclosing function's, and only its variables that inner
functions use need cells of their own.
"""

from __future__ import annotations

import ast
import symtable

# The symbol tables of comprehensions, which Molt lowers inline.
COMPREHENSION_SCOPES = frozenset({"listcomp", "setcomp", "dictcomp", "genexpr"})


def symbol_of(table: symtable.SymbolTable, name: str) -> symtable.Symbol:
    """table.lookup(name), right in a function named `top` too: CPython 3.11's symtable
    takes every table of that name for the module's (Lib/symtable.py, SymbolTable.lookup:
    module_scope), and then calls the function's parameters and locals global."""
    symbol = table.lookup(name)
    if table.get_type() == "function" and table.get_name() == "top":
        symbol._Symbol__module_scope = False  # type: ignore[attr-defined]
    return symbol


def function_children(table: symtable.SymbolTable) -> list[symtable.SymbolTable]:
    """The function scopes directly inside `table`, looking through comprehensions."""
    found: list[symtable.SymbolTable] = []
    for child in table.get_children():
        if child.get_name() in COMPREHENSION_SCOPES:
            found += function_children(child)
        elif child.get_type() == "function":
            found.append(child)
    return found


def free_variables(table: symtable.SymbolTable | None) -> list[str]:
    if table is None or table.get_type() != "function":
        return []
    return sorted(table.get_frees())  # type: ignore[attr-defined]


def cell_variables(table: symtable.SymbolTable | None) -> list[str]:
    """The variables of `table`'s function that inner functions use."""
    if table is None or table.get_type() != "function":
        return []
    used: set[str] = set()
    for child in function_children(table):
        used.update(child.get_frees())  # type: ignore[attr-defined]
    own = set()
    for name in used:
        try:
            symbol = symbol_of(table, name)
        except KeyError:  # a variable of a comprehension inside
            continue
        if symbol.is_local() and not symbol.is_global() and not symbol.is_free():
            own.add(name)
    return sorted(own)


def comprehension_table(parent: symtable.SymbolTable | None, node: ast.AST,
                        siblings: list[ast.AST]) -> symtable.SymbolTable | None:
    """The symbol table of a comprehension directly inside `parent` (whose comprehension
    nodes of the same kind on the same line are `siblings`, in source order)."""
    if parent is None:
        return None
    kind = {ast.ListComp: "listcomp", ast.SetComp: "setcomp", ast.DictComp: "dictcomp",
            ast.GeneratorExp: "genexpr"}.get(type(node))
    line = getattr(node, "lineno", 0)
    candidates = [t for t in parent.get_children() if t.get_name() == kind and t.get_lineno() == line]
    same_line = sorted((n for n in siblings if type(n) is type(node) and getattr(n, "lineno", 0) == line),
                       key=lambda n: getattr(n, "col_offset", 0))
    if len(candidates) != len(same_line) or not candidates:
        return candidates[0] if len(candidates) == 1 else None
    return candidates[next(i for i, n in enumerate(same_line) if n is node)]
