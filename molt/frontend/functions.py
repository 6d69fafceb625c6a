"""Functions: def statements, lambdas, closures and their cells, decorators.

A top-level def without decorators is called directly (calls.py) and its function object
is static; its def statement only stores its defaults and marks it defined. Every other
function (nested defs, lambdas, decorated defs) is a value made when its def or lambda
runs: the static function object, copied with its defaults and closure when it has them
(function_new).

Closures follow CPython: a variable that an inner function uses lives in a cell, which
the function that owns it makes on entry; inner functions get the cells of their free
variables in a tuple (their closure) and read and write through them. Comprehensions are
lowered inline, so their variables are never cells (symtable's comprehension scopes are
looked through).
"""

from __future__ import annotations

import ast
import symtable

from molt.frontend.context import FunctionLowering, ProgramInfo, Signature, UserFunction
from molt.frontend.mangling import source_name
from molt.frontend.scopes import cell_variables, free_variables, function_children
from molt.frontend.expressions import lower_expression
from molt.ir.ops import MISSING, Call, Const, Register, StoreGlobal, Value
from molt.ir.types import I32, OBJECT

def find_scope(parent: symtable.SymbolTable, node: ast.FunctionDef | ast.Lambda,
               siblings: list[ast.AST]) -> symtable.SymbolTable:
    """The symbol table of a def or lambda, among the function scopes of `parent` (whose
    AST nodes of the same kind are `siblings`, in source order)."""
    name = "lambda" if isinstance(node, ast.Lambda) else source_name(node)
    candidates = [t for t in function_children(parent) if t.get_name() == name and t.get_lineno() == node.lineno]
    if len(candidates) == 1:
        return candidates[0]
    same_line = [n for n in siblings if type(n) is type(node) and getattr(n, "lineno", 0) == node.lineno
                 and (isinstance(n, ast.Lambda) or isinstance(n, ast.FunctionDef) and source_name(n) == name)]
    same_line.sort(key=lambda n: getattr(n, "col_offset", 0))
    index = next(i for i, n in enumerate(same_line) if n is node)
    return candidates[index]


def nested_function(ctx: FunctionLowering, node: ast.FunctionDef | ast.Lambda,
                    scope: symtable.SymbolTable | None = None) -> UserFunction:
    """The UserFunction of a def or lambda met while lowering ctx's function, queued to be
    lowered in turn. `scope` is its symbol table when it is not in the program's (a def
    Molt writes: synthesized.py)."""
    name = "<lambda>" if isinstance(node, ast.Lambda) else source_name(node)  # its __name__
    if scope is None:
        parent = ctx.scope if ctx.scope is not None else ctx.program.table
        assert parent is not None
        scope = find_scope(parent, node, ctx.siblings())
    prefix = ctx.function.qualname + ".<locals>." if ctx.function is not None else ctx.qualname_prefix
    qualname = prefix + name
    symbol = f"{ctx.module_name}.{qualname}@{node.lineno}:{node.col_offset}"
    function = UserFunction(name, symbol, node, Signature.of(node.args), -1, qualname, scope, free_variables(scope),
                            ctx.source_file)
    function.imports = {name: ctx.imports[name] for name in function.free if name in ctx.imports}
    for variable in function.free:
        if variable not in ctx.cells:
            raise ctx.error(node, f"a function that uses the variable '{variable}' of a comprehension",
                            "comprehensions are lowered inline, so their variables cannot be closed over")
    ctx.program.lambdas.append(function)
    ctx.program.escaping[symbol] = function
    return function


def function_object(ctx: FunctionLowering, function: UserFunction, args: ast.arguments) -> Value:
    """The function object a def or lambda makes: its defaults are evaluated now."""
    from molt.frontend.containers import build_tuple

    ref = ctx.program.function_constant(function)
    defaults: Value = Const(MISSING, OBJECT)
    kwdefaults: Value = Const(MISSING, OBJECT)
    has_kwdefaults = any(d is not None for d in args.kw_defaults)
    if args.defaults:
        defaults = build_tuple(ctx, [lower_expression(ctx, d) for d in args.defaults])
    if has_kwdefaults:
        kwdefaults = ctx.call_primitive("dict_new", [])
        for arg, default in zip(args.kwonlyargs, args.kw_defaults):
            if default is not None:
                value = lower_expression(ctx, default)
                ctx.call_primitive("dict_setitem", [kwdefaults, Const(arg.arg, OBJECT), value])
    closure: Value = Const(MISSING, OBJECT)
    if function.free:
        closure = build_tuple(ctx, [ctx.cells[name] for name in function.free])
    if function.position >= 0:
        # A top-level def called directly: its static object keeps the defaults.
        ctx.builder.emit(Call(None, "function_set_defaults", [ref, defaults, kwdefaults]))
        return ref
    if not function.free and not args.defaults and not has_kwdefaults:
        return ref
    return ctx.call_primitive("function_new", [ref, defaults, kwdefaults, closure])


def lower_lambda(ctx: FunctionLowering, node: ast.Lambda) -> Value:
    function = nested_function(ctx, node)
    ctx.set_line(node)
    return function_object(ctx, function, node.args)


def lower_function_def(ctx: FunctionLowering, node: ast.FunctionDef) -> None:
    from molt.frontend.statements import store_name

    direct = ctx.program.functions.get(node.name)
    if ctx.function is None and direct is not None and direct.node is node:
        if node.args.defaults or any(d is not None for d in node.args.kw_defaults):
            function_object(ctx, direct, node.args)
        ctx.builder.emit(StoreGlobal(ProgramInfo.defined_flag(direct), Const(1, I32)))
        return
    # Decorators are evaluated first, then the defaults; they apply innermost first.
    decorators = [lower_expression(ctx, d) for d in node.decorator_list]
    function = nested_function(ctx, node)
    ctx.set_line(node)
    value = function_object(ctx, function, node.args)
    for decorator in reversed(decorators):
        value = call_with(ctx, decorator, [value])
    store_name(ctx, ast.Name(node.name, ast.Store()), value)


def call_with(ctx: FunctionLowering, callee: Value, args: list[Value]) -> Value:
    from molt.frontend.containers import build_tuple

    return ctx.call_primitive("py_call", [callee, build_tuple(ctx, args)])


def enter_function(ctx: FunctionLowering, function: UserFunction, params: list[Register],
                   closure: Register | None) -> None:
    """The prologue: the recursion limit, then the cells: those of the closure, and new
    ones for the function's own variables that inner functions use (a parameter's
    starts with its value)."""
    b = ctx.builder
    b.emit(Call(None, "recursion_enter", []))
    for i, name in enumerate(function.free):
        assert closure is not None
        ctx.cells[name] = ctx.call_primitive("tuple_get", [closure, Const(i, I32)])
        ctx.free_cells.add(name)
    for name in cell_variables(function.scope):
        cell = ctx.call_primitive("cell_new", [])
        ctx.cells[name] = cell
        if name in function.params:
            param = params[function.params.index(name)]
            b.emit(Call(None, "cell_set", [cell, param]))


def read_cell(ctx: FunctionLowering, name: str) -> Value:
    free = Const(int(name in ctx.free_cells), I32)
    return ctx.call_primitive("cell_get", [ctx.cells[name], Const(name, OBJECT), free])


def write_cell(ctx: FunctionLowering, name: str, value: Value) -> None:
    ctx.builder.emit(Call(None, "cell_set", [ctx.cells[name], value]))
