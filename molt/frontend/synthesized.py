"""Python that Molt writes for the program: the methods @dataclass generates, the helpers
of functools.total_ordering, the Enum and IntEnum classes.

Each piece is parsed from source text and gets the symbol table of that text, so that it
is lowered exactly as the program's own code is: a method's names are its parameters,
its locals and globals (which here are builtins). Its line numbers are those of the
text, and its tracebacks name the file it says (CPython names its dataclass methods'
"<string>", and its modules' their files).
"""

from __future__ import annotations

import ast
import contextlib
import functools
import symtable
from typing import Iterator

from molt.frontend.context import FunctionLowering, Signature, UserFunction
from molt.frontend.mangling import mangle_private_names
from molt.ir.ops import MISSING, Const, Value
from molt.ir.types import OBJECT


@functools.lru_cache(maxsize=None)
def parse_definitions(source: str, file: str) -> dict[str, tuple[ast.stmt, symtable.SymbolTable]]:
    """The defs and classes of `source` by name, each with its symbol table. Cached (the
    AST is shared: lowering does not change it)."""
    tree = ast.parse(source, file)
    mangle_private_names(tree)  # as the symbol tables have them
    tables = {table.get_name(): table for table in symtable.symtable(source, file, "exec").get_children()}
    return {node.name: (node, tables[node.name]) for node in tree.body
            if isinstance(node, (ast.FunctionDef, ast.ClassDef))}


def parse_definition(source: str, file: str) -> tuple[ast.stmt, symtable.SymbolTable]:
    """The one def or class statement of `source`, and its symbol table."""
    (definition,) = parse_definitions(source, file).values()
    return definition


@contextlib.contextmanager
def written_by_molt(ctx: FunctionLowering, module_name: str, file: str) -> Iterator[None]:
    """Functions defined meanwhile get symbols of `module_name` (never the program's) and
    name `file` in tracebacks."""
    saved = ctx.module_name, ctx.source_file
    ctx.module_name, ctx.source_file = module_name, file
    try:
        yield
    finally:
        ctx.module_name, ctx.source_file = saved


def helper_function(ctx: FunctionLowering, source: str, name: str, module_name: str, file: str) -> Value:
    """The static function object of the def `name` of `source`, a module-level function
    of `module_name` without defaults (lowered once per program)."""
    symbol = f"{module_name}.{name}"
    function = ctx.program.escaping.get(symbol)
    if function is None:
        node, table = parse_definitions(source, file)[name]
        assert isinstance(node, ast.FunctionDef) and not node.args.defaults
        function = UserFunction(name, symbol, node, Signature.of(node.args), -1, name, table, [], file)
        ctx.program.lambdas.append(function)
    return ctx.program.function_constant(function)


def method_object(ctx: FunctionLowering, source: str, defaults: list[Value], kwdefaults: dict[str, Value]) -> Value:
    """The function object of a method Molt writes (the one def of `source`), made in the
    class body being lowered, with default values already computed (the def's own default
    expressions are placeholders, never evaluated). It belongs to the module and file
    that written_by_molt set."""
    from molt.frontend.containers import build_tuple
    from molt.frontend.functions import nested_function

    node, table = parse_definition(source, ctx.source_file)
    assert isinstance(node, ast.FunctionDef)
    function = nested_function(ctx, node, table)
    ref = ctx.program.function_constant(function)
    if not defaults and not kwdefaults:
        return ref
    positional: Value = build_tuple(ctx, defaults) if defaults else Const(MISSING, OBJECT)
    keyword: Value = Const(MISSING, OBJECT)
    if kwdefaults:
        keyword = ctx.call_primitive("dict_new", [])
        for name, value in kwdefaults.items():
            ctx.call_primitive("dict_setitem", [keyword, Const(name, OBJECT), value])
    return ctx.call_primitive("function_new", [ref, positional, keyword, Const(MISSING, OBJECT)])
