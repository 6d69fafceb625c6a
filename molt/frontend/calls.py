"""Calls: of the program's own functions (direct calls) and of builtins."""

from __future__ import annotations

import ast

from molt.frontend.context import BUILTIN_FUNCTIONS, FunctionLowering, ProgramInfo, UserFunction
from molt.frontend.expressions import compare, lower_expression, truth
from molt.ir.ops import Assign, Binary, Branch, Call, Const, LoadGlobal, PyUnary, Value
from molt.ir.types import BOOL, FLOAT, I32, INT, OBJECT, STR


def lower_call_expression(ctx: FunctionLowering, node: ast.Call) -> Value:
    func = node.func
    if not isinstance(func, ast.Name):
        raise ctx.error(node, "calling anything but a function by its name")
    name = func.id
    if ctx.is_local(name):
        raise ctx.error(node, "calling a local variable", "functions as values come with closures")
    if name in ctx.program.functions:
        return call_user_function(ctx, node, ctx.program.functions[name])
    if name in BUILTIN_FUNCTIONS and name not in ctx.program.globals:
        return BUILTINS[name](ctx, node)
    raise ctx.error(node, f"calling '{name}'", "only builtins and functions defined in the program can be called")


def positional_args(ctx: FunctionLowering, node: ast.Call) -> list[Value]:
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            raise ctx.error(arg, "a star argument")
    return [lower_expression(ctx, arg) for arg in node.args]


def call_user_function(ctx: FunctionLowering, node: ast.Call, function: UserFunction) -> Value:
    if node.keywords:
        raise ctx.error(node, "a keyword argument", "keyword arguments come with the functions issue")
    args = positional_args(ctx, node)
    ctx.set_line(node)
    if needs_defined_check(ctx, function):
        defined = ctx.new_temp(I32)
        ctx.builder.emit(LoadGlobal(defined, ProgramInfo.defined_flag(function)))
        missing = ctx.new_temp(I32)
        ctx.builder.emit(Binary(missing, "eq", defined, Const(0, I32)))
        ctx.raise_if(missing, "raise_name_error", [Const(function.name, OBJECT)])
    expected = len(function.params)
    if len(args) != expected:
        ctx.raise_now("raise_call_error", [Const(arity_message(function, len(args)), OBJECT)])
        return Const(None, OBJECT)
    dest = ctx.new_temp()
    ctx.builder.emit(Call(dest, function.symbol, args))
    return dest


def needs_defined_check(ctx: FunctionLowering, callee: UserFunction) -> bool:
    """Whether the callee's `def` may not have run yet when this call runs (NameError).

    It has surely run when the call is in module code after the def, in the callee itself,
    or in a function defined after it (a function runs only once its def has)."""
    if ctx.function is None:
        return callee.position >= ctx.statement_index
    if ctx.function is callee:
        return False
    return callee.position >= ctx.function.position


def arity_message(function: UserFunction, given: int) -> str:
    """CPython's TypeError message for a call with the wrong number of arguments."""
    expected = len(function.params)
    if given > expected:
        plural = "argument" if expected == 1 else "arguments"
        was = "was" if given == 1 else "were"
        return f"{function.name}() takes {expected} positional {plural} but {given} {was} given"
    missing = [f"'{p}'" for p in function.params[given:]]
    if len(missing) == 1:
        names = missing[0]
    elif len(missing) == 2:
        names = f"{missing[0]} and {missing[1]}"
    else:
        names = ", ".join(missing[:-1]) + f", and {missing[-1]}"
    plural = "argument" if len(missing) == 1 else "arguments"
    return f"{function.name}() missing {len(missing)} required positional {plural}: {names}"


# Builtins.


def no_keywords(ctx: FunctionLowering, node: ast.Call, name: str) -> None:
    if node.keywords:
        raise ctx.error(node.keywords[0], f"a keyword argument to {name}()")


def builtin_print(ctx: FunctionLowering, node: ast.Call) -> Value:
    args = positional_args(ctx, node)
    separators: dict[str, Value] = {"sep": Const(" ", OBJECT), "end": Const("\n", OBJECT)}
    for keyword in node.keywords:
        if keyword.arg not in separators:
            raise ctx.error(keyword, f"print({keyword.arg}=...)" if keyword.arg else "print(**kwargs)")
        value = lower_expression(ctx, keyword.value)
        if not (isinstance(value, Const) and isinstance(value.value, str)):
            if isinstance(value, Const) and value.value is None:
                continue
            value = ctx.call_primitive("print_sep", [Const(keyword.arg, OBJECT), value, separators[keyword.arg]])
        separators[keyword.arg] = value
    ctx.set_line(node)
    for i, arg in enumerate(args):
        if i:
            ctx.builder.emit(Call(None, "stdout_write_str", [separators["sep"]]))
        ctx.builder.emit(Call(None, "print_obj", [arg]))
    ctx.builder.emit(Call(None, "stdout_write_str", [separators["end"]]))
    return Const(None, OBJECT)


def one_optional_arg(ctx: FunctionLowering, node: ast.Call, name: str) -> Value | None:
    no_keywords(ctx, node, name)
    args = positional_args(ctx, node)
    if len(args) > 1:
        raise ctx.error(node, f"{name}() with {len(args)} arguments")
    ctx.set_line(node)
    return args[0] if args else None


def builtin_int(ctx: FunctionLowering, node: ast.Call) -> Value:
    arg = one_optional_arg(ctx, node, "int")
    return Const(0, INT) if arg is None else ctx.call_primitive("py_int", [arg])


def builtin_float(ctx: FunctionLowering, node: ast.Call) -> Value:
    arg = one_optional_arg(ctx, node, "float")
    return Const(0.0, FLOAT) if arg is None else ctx.call_primitive("py_float", [arg])


def builtin_str(ctx: FunctionLowering, node: ast.Call) -> Value:
    arg = one_optional_arg(ctx, node, "str")
    return Const("", STR) if arg is None else ctx.call_primitive("py_str", [arg])


def builtin_bool(ctx: FunctionLowering, node: ast.Call) -> Value:
    arg = one_optional_arg(ctx, node, "bool")
    return Const(False, BOOL) if arg is None else truth(ctx, arg)


def builtin_abs(ctx: FunctionLowering, node: ast.Call) -> Value:
    no_keywords(ctx, node, "abs")
    args = positional_args(ctx, node)
    if len(args) != 1:
        raise ctx.error(node, f"abs() with {len(args)} arguments")
    ctx.set_line(node)
    dest = ctx.new_temp()
    ctx.builder.emit(PyUnary(dest, "abs", args[0]))
    return dest


def builtin_min_max(ctx: FunctionLowering, node: ast.Call, name: str) -> Value:
    """max(a, b, ...) keeps the first of equal values: an item replaces the best so far
    only when `item > best` (`<` for min), as CPython's min_max does."""
    no_keywords(ctx, node, name)
    if len(node.args) < 2:
        raise ctx.error(node, f"{name}() of an iterable", "iterables come with the object model")
    args = positional_args(ctx, node)
    ctx.set_line(node)
    b = ctx.builder
    best = ctx.new_temp()
    b.emit(Assign(best, args[0]))
    for arg in args[1:]:
        better = truth(ctx, compare(ctx, ">" if name == "max" else "<", arg, best))
        take, done = b.new_block(), b.new_block()
        b.emit(Branch(better, take, done))
        b.activate(take)
        b.emit(Assign(best, arg))
        b.goto(done)
        b.activate(done)
    return best


def builtin_range(ctx: FunctionLowering, node: ast.Call) -> Value:
    raise ctx.error(node, "range() outside a for loop", "range objects come with the object model")


BUILTINS = {
    "print": builtin_print,
    "int": builtin_int,
    "float": builtin_float,
    "str": builtin_str,
    "bool": builtin_bool,
    "abs": builtin_abs,
    "min": lambda ctx, node: builtin_min_max(ctx, node, "min"),
    "max": lambda ctx, node: builtin_min_max(ctx, node, "max"),
    "range": builtin_range,
}
