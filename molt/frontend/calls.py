"""Calls: of the program's own functions (direct calls) and of builtins."""

from __future__ import annotations

import ast
from typing import Callable

from molt.frontend.context import BUILTIN_FUNCTIONS, BUILTIN_TYPES, FunctionLowering, ProgramInfo, UserFunction
from molt.frontend.expressions import compare, lower_expression, truth
from molt.ir.methods import METHODS, method_function
from molt.ir.ops import MISSING, Assign, Binary, Branch, Call, Const, FunctionRef, LoadGlobal, PyUnary, Value
from molt.ir.types import BOOL, FLOAT, I32, INT, OBJECT, STR


def lower_call_expression(ctx: FunctionLowering, node: ast.Call) -> Value:
    func = node.func
    if isinstance(func, ast.Attribute):
        return lower_method_call(ctx, node, func)
    if not isinstance(func, ast.Name):
        return call_object(ctx, node, lower_expression(ctx, func))
    name = func.id
    if ctx.is_local(name):
        return call_object(ctx, node, lower_expression(ctx, func))
    if name in ctx.program.functions:
        return call_user_function(ctx, node, ctx.program.functions[name])
    if name in BUILTIN_FUNCTIONS and not ctx.shadows(name):
        return builtin_lowering(name)(ctx, node)
    if name in ctx.program.assigned_globals:
        return call_object(ctx, node, lower_expression(ctx, func))
    raise ctx.error(node, f"calling '{name}'", "only builtins and functions defined in the program can be called")


def lower_method_call(ctx: FunctionLowering, node: ast.Call, func: ast.Attribute) -> Value:
    """x.name(args): the runtime's dispatcher for `name` with the arguments in the
    parameter slots of molt/ir/methods.py (MISSING where left out)."""
    from molt.frontend.builtins import collect_list
    from molt.frontend.containers import build_tuple

    owner = func.value.id if isinstance(func.value, ast.Name) else None
    if owner in BUILTIN_TYPES and not ctx.shadows(owner):
        return call_type_method(ctx, node, owner, func.attr)
    signature = METHODS.get(func.attr)
    if signature is None:
        raise ctx.error(func, f"the method '{func.attr}'", "it is not a method of a builtin type Molt knows")
    receiver = lower_expression(ctx, func.value)
    slots: dict[str, Value] = {}
    extra: list[Value] = []
    for i, arg in enumerate(node.args):
        if isinstance(arg, ast.Starred):
            raise ctx.error(arg, "a star argument in a method call")
        # A generator expression argument (", ".join(x for x in xs)) is collected first.
        value = collect_list(ctx, arg) if isinstance(arg, ast.GeneratorExp) else lower_expression(ctx, arg)
        if i < len(signature.positional):
            slots[signature.positional[i]] = value
        elif signature.varargs:
            extra.append(value)
        else:
            raise ctx.error(node, f"{func.attr}() with {len(node.args)} positional arguments")
    keywords: list[tuple[str, Value]] = []
    for keyword in node.keywords:
        if keyword.arg is None:
            raise ctx.error(keyword, "**kwargs in a method call")
        value = lower_expression(ctx, keyword.value)
        if keyword.arg in signature.keywords or keyword.arg in signature.keyword_only:
            slots[keyword.arg] = value
        elif signature.varkw:
            keywords.append((keyword.arg, value))
        else:
            raise ctx.error(keyword, f"the keyword argument {keyword.arg}= of {func.attr}()")
    ctx.set_line(node)
    missing = Const(MISSING, OBJECT)
    args: list[Value] = [receiver] + [slots.get(p, missing) for p in signature.positional]
    if signature.varargs:
        args.append(build_tuple(ctx, extra))
    if signature.varkw:
        if keywords:
            kwargs = ctx.call_primitive("dict_new", [])
            for name, value in keywords:
                ctx.call_primitive("dict_setitem", [kwargs, Const(name, OBJECT), value])
            args.append(kwargs)
        else:
            args.append(missing)
    args += [slots.get(p, missing) for p in signature.keyword_only]
    return ctx.call_primitive(method_function(func.attr), args)


# Class methods of builtin types: (type, method) -> (runtime function, parameters, defaults).
CLASS_METHODS: dict[tuple[str, str], tuple[str, int, tuple[object, ...]]] = {
    ("dict", "fromkeys"): ("dict_fromkeys", 2, (None,)),
    ("bytes", "fromhex"): ("bytes_fromhex", 1, ()),
}


def call_type_method(ctx: FunctionLowering, node: ast.Call, owner: str, name: str) -> Value:
    """dict.fromkeys(...) and the like; str.upper(s) is s.upper()."""
    if (owner, name) in CLASS_METHODS:
        function, count, defaults = CLASS_METHODS[(owner, name)]
        if node.keywords:
            raise ctx.error(node, f"keyword arguments to {owner}.{name}()")
        args = positional_args(ctx, node)
        missing = count - len(args)
        if missing < 0 or missing > len(defaults):
            raise ctx.error(node, f"{owner}.{name}() with {len(args)} arguments")
        args += [Const(d, OBJECT) for d in defaults[len(defaults) - missing:]]  # type: ignore[arg-type]
        ctx.set_line(node)
        return ctx.call_primitive(function, args)
    if not node.args or name not in METHODS:
        raise ctx.error(node, f"{owner}.{name}()", "Molt knows it only as a method called on a value")
    # An unbound method called with its receiver first.
    call = ast.Call(ast.Attribute(node.args[0], name, ast.Load()), node.args[1:], node.keywords)
    ast.copy_location(call, node)
    ast.copy_location(call.func, node)
    return lower_method_call(ctx, call, call.func)  # type: ignore[arg-type]


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
        # A str constant needs no str(): a hello world reaches no repr at all.
        writer = "stdout_write_str" if isinstance(arg, Const) and isinstance(arg.value, str) else "print_obj"
        ctx.builder.emit(Call(None, writer, [arg]))
    ctx.builder.emit(Call(None, "stdout_write_str", [separators["end"]]))
    return Const(None, OBJECT)


def builtin_lowering(name: str) -> Callable[[FunctionLowering, ast.Call], Value]:
    from molt.frontend.builtins import BUILTINS

    if name == "print":
        return builtin_print
    return BUILTINS[name]


def function_value(ctx: FunctionLowering, node: ast.AST, function: UserFunction) -> Value:
    """A function of the program used as a value: its static function object."""
    if needs_defined_check(ctx, function):
        ctx.set_line(node)
        defined = ctx.new_temp(I32)
        ctx.builder.emit(LoadGlobal(defined, ProgramInfo.defined_flag(function)))
        missing = ctx.new_temp(I32)
        ctx.builder.emit(Binary(missing, "eq", defined, Const(0, I32)))
        ctx.raise_if(missing, "raise_name_error", [Const(function.name, OBJECT)])
    ctx.program.escaping[function.symbol] = function
    return Const(FunctionRef(function.symbol, function.name, len(function.params)), OBJECT)


def lower_lambda(ctx: FunctionLowering, node: ast.Lambda) -> Value:
    """A lambda is a function of the program named <lambda>; it may read globals and its
    own parameters, not the locals of the function around it (closures come later)."""
    args = node.args
    if args.defaults or args.kw_defaults or args.vararg or args.kwarg or args.kwonlyargs or args.posonlyargs:
        raise ctx.error(node, "a lambda with defaults or special parameters", "they come with the functions issue")
    params = [a.arg for a in args.args]
    for inner in ast.walk(node.body):
        if isinstance(inner, ast.Name) and inner.id not in params and ctx.is_local(inner.id):
            raise ctx.error(inner, "a lambda that uses a local variable of its function",
                            "closures come with the functions issue")
    symbol = f"__main__.<lambda>@{node.lineno}:{node.col_offset}"
    function = UserFunction("<lambda>", symbol, node, params, -1)
    ctx.program.lambdas.append(function)
    ctx.program.escaping[symbol] = function
    return Const(FunctionRef(symbol, "<lambda>", len(params)), OBJECT)


# Builtins of one argument that can be passed as values (key=len, map(abs, ...)).
ONE_ARGUMENT_BUILTINS = frozenset({
    "len", "abs", "repr", "ascii", "hash", "ord", "chr", "hex", "oct", "bin", "sorted", "reversed",
    "iter", "next", "sum", "min", "max", "any", "all", "enumerate", "print",
})


def builtin_value(ctx: FunctionLowering, node: ast.AST, call: Callable[[ast.expr], ast.expr], name: str) -> Value:
    """A builtin function (or a method of a builtin type) as a value: the function object
    of `lambda x: <call of x>`, named after the builtin."""
    param = ast.arg("x")
    body = call(ast.Name("x", ast.Load()))
    lam = ast.Lambda(ast.arguments(posonlyargs=[], args=[param], vararg=None, kwonlyargs=[], kw_defaults=[],
                                   kwarg=None, defaults=[]), body)
    for part in ast.walk(lam):
        ast.copy_location(part, node)
    symbol = f"__main__.<builtin {name}>"
    if symbol not in ctx.program.escaping:
        function = UserFunction(name, symbol, lam, ["x"], -1)
        ctx.program.lambdas.append(function)
        ctx.program.escaping[symbol] = function
    return Const(FunctionRef(symbol, name, 1), OBJECT)


def builtin_function_value(ctx: FunctionLowering, node: ast.Name) -> Value:
    if node.id not in ONE_ARGUMENT_BUILTINS:
        raise ctx.error(node, f"using the builtin '{node.id}' as a value", "only builtins of one argument can be")
    return builtin_value(ctx, node, lambda x: ast.Call(ast.Name(node.id, ast.Load()), [x], []), node.id)


def unbound_method_value(ctx: FunctionLowering, node: ast.Attribute) -> Value:
    """str.lower and the like as values: `lambda x: x.lower()`."""
    if node.attr not in METHODS:
        raise ctx.error(node, f"the method '{node.attr}'", "it is not a method of a builtin type Molt knows")
    owner = node.value.id if isinstance(node.value, ast.Name) else "?"
    return builtin_value(ctx, node, lambda x: ast.Call(ast.Attribute(x, node.attr, ast.Load()), [], []),
                         f"{owner}.{node.attr}")


def call_object(ctx: FunctionLowering, node: ast.Call, callee: Value) -> Value:
    """Calling a value (a function object, a type): the arguments go in a tuple."""
    from molt.frontend.containers import build_tuple

    if node.keywords:
        raise ctx.error(node, "keyword arguments in a call of a function value", "they come with the functions issue")
    args = positional_args(ctx, node)
    ctx.set_line(node)
    return ctx.call_primitive("py_call", [callee, build_tuple(ctx, args)])
