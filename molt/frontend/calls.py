"""Calls: of the program's own functions (direct calls) and of builtins."""

from __future__ import annotations

import ast
from typing import Callable

from molt.frontend.context import (
    BUILTIN_FUNCTIONS, BUILTIN_TYPES, EXCEPTION_TYPES, FunctionLowering, ProgramInfo, Signature, UserFunction,
)
from molt.frontend.expressions import compare, lower_expression, truth
from molt.ir.methods import METHODS, MethodSignature, method_function
from molt.ir.primitives import PRIMITIVES
from molt.ir.ops import MISSING, Assign, Binary, Branch, Call, Const, FunctionRef, LoadGlobal, PyUnary, Value
from molt.ir.types import BOOL, FLOAT, I32, INT, OBJECT, STR


def lower_call_expression(ctx: FunctionLowering, node: ast.Call) -> Value:
    from molt.frontend.modules import call_imported, resolve

    func = node.func
    imported = resolve(ctx, func)
    if imported is not None:
        return call_imported(ctx, node, imported)
    if isinstance(func, ast.Attribute):
        return lower_method_call(ctx, node, func)
    if not isinstance(func, ast.Name):
        return call_object(ctx, node, lower_expression(ctx, func))
    name = func.id
    if ctx.is_local(name) or ctx.is_cell(name):
        return call_object(ctx, node, lower_expression(ctx, func))
    if name in ctx.program.functions:
        return call_user_function(ctx, node, ctx.program.functions[name])
    if name in BUILTIN_FUNCTIONS and not ctx.shadows(name):
        return builtin_lowering(name)(ctx, node)
    if name in ctx.program.shaped:
        from molt.frontend.class_calls import class_call

        direct = class_call(ctx, node, ctx.program.shaped[name])
        if direct is not None:
            return direct
    if name in ctx.program.assigned_globals or name in EXCEPTION_TYPES:
        return call_object(ctx, node, lower_expression(ctx, func))
    if name == "object" and not ctx.shadows(name):
        if node.args or node.keywords:
            raise ctx.error(node, "object() with arguments", "CPython refuses them: object() takes no arguments")
        ctx.set_line(node)
        return ctx.call_primitive("object_new", [])
    from molt.frontend.enum_classes import module_class_symbol

    if module_class_symbol(ctx, name) is not None:  # code Molt writes: a class of its module
        return call_object(ctx, node, lower_expression(ctx, func))
    raise ctx.error(node, f"calling '{name}'", "only builtins and functions defined in the program can be called")


def lower_method_call(ctx: FunctionLowering, node: ast.Call, func: ast.Attribute) -> Value:
    """x.name(args): the runtime's dispatcher for `name` with the arguments in the
    parameter slots of molt/ir/methods.py (MISSING where left out)."""
    from molt.frontend.builtins import collect_list
    from molt.frontend.containers import build_tuple, check_modeled

    owner = func.value.id if isinstance(func.value, ast.Name) else None
    if owner in BUILTIN_TYPES and not ctx.shadows(owner) and (owner, func.attr) in CLASS_METHODS:
        return call_type_method(ctx, node, owner, func.attr)  # object.__setattr__ is one
    check_modeled(ctx, func)
    if owner in BUILTIN_TYPES and not ctx.shadows(owner):
        return call_type_method(ctx, node, owner, func.attr)
    if isinstance(func.value, ast.Name) and func.value.id in ctx.program.shaped and not ctx.is_local(func.value.id):
        from molt.frontend.class_calls import class_method_call

        direct = class_method_call(ctx, node, func, ctx.program.shaped[func.value.id])
        if direct is not None:
            return direct
    if isinstance(func.value, ast.Name) and func.value.id in ctx.program.classes and not ctx.is_local(func.value.id):
        # C.get(x) of a class of the program: its attribute, never a builtin type's method.
        return attribute_call(ctx, node, func, lower_expression(ctx, func.value))
    if is_super_call(ctx, func.value):
        from molt.frontend.classes import super_method_call

        return super_method_call(ctx, node, func)
    signature = METHODS.get(func.attr)
    if signature is None and not ctx.program.classes and not ctx.program.module_classes:
        raise ctx.error(func, f"the method '{func.attr}'", "it is not a method of a builtin type Molt knows")
    receiver = lower_expression(ctx, func.value)
    if signature is None:
        return attribute_call(ctx, node, func, receiver)
    if func.attr not in ctx.program.class_attributes and not ctx.program.dynamic_attributes:
        return builtin_method_call(ctx, node, func, receiver)
    if not fits_builtin_method(signature, node):
        # inv.add("bolt", 4) is no set.add: only the program's method can take it.
        return attribute_call(ctx, node, func, receiver)
    # An instance of the program's classes, or a builtin value: decided at run time.
    b = ctx.builder
    result = ctx.new_temp()
    ctx.set_line(node)
    is_instance = ctx.call_primitive("is_instance_object", [receiver])
    instance_path, builtin_path, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(is_instance, instance_path, builtin_path)
    b.activate(instance_path)
    b.emit(Assign(result, attribute_call(ctx, node, func, receiver)))
    b.goto(done)
    b.activate(builtin_path)
    b.emit(Assign(result, builtin_method_call(ctx, node, func, receiver)))
    b.goto(done)
    b.activate(done)
    return result


def fits_builtin_method(signature: MethodSignature, node: ast.Call) -> bool:
    """Whether a call's arguments could bind to a builtin method's parameters."""
    if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
        return False
    if len(node.args) > len(signature.positional) and not signature.varargs:
        return False
    names = set(signature.keywords) | set(signature.keyword_only)
    return signature.varkw or all(k.arg in names for k in node.keywords)


def is_super_call(ctx: FunctionLowering, node: ast.expr) -> bool:
    """super() or super(C, obj)."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "super"
            and len(node.args) in (0, 2) and not node.keywords and not ctx.shadows("super"))


def attribute_call(ctx: FunctionLowering, node: ast.Call, func: ast.Attribute, receiver: Value) -> Value:
    """x.name(args) on any object: the attribute, called (through a site cache in a
    program with classes: method_calls.py)."""
    if ctx.program.classes and not any(isinstance(a, ast.Starred) for a in node.args) and all(
            k.arg is not None for k in node.keywords):
        from molt.frontend.method_calls import cached_method_call

        return cached_method_call(ctx, node, func, receiver)
    ctx.set_line(func)
    method = ctx.call_primitive("py_getattr", [receiver, Const(func.attr, OBJECT)])
    return call_object(ctx, node, method)


def builtin_method_call(ctx: FunctionLowering, node: ast.Call, func: ast.Attribute, receiver: Value) -> Value:
    """x.name(args) for the methods of builtin types."""
    from molt.frontend.builtins import collect_list
    from molt.frontend.containers import build_tuple

    signature = METHODS[func.attr]
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
    # Stores that pass a class's own __setattr__ (a frozen dataclass's __init__ uses it).
    ("object", "__setattr__"): ("object_setattr_builtin", 3, ()),
    ("object", "__delattr__"): ("object_delattr_builtin", 2, ()),
}


def call_type_method(ctx: FunctionLowering, node: ast.Call, owner: str, name: str) -> Value:
    """dict.fromkeys(...) and the like; str.upper(s) is s.upper()."""
    if (owner, name) in CLASS_METHODS:
        from molt.frontend.containers import check_assignable

        function, count, defaults = CLASS_METHODS[(owner, name)]
        if name == "__setattr__" and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
            check_assignable(ctx, node, node.args[1].value)
        if node.keywords:
            raise ctx.error(node, f"keyword arguments to {owner}.{name}()")
        args = positional_args(ctx, node)
        missing = count - len(args)
        if missing < 0 or missing > len(defaults):
            raise ctx.error(node, f"{owner}.{name}() with {len(args)} arguments")
        args += [Const(d, OBJECT) for d in defaults[len(defaults) - missing:]]  # type: ignore[arg-type]
        ctx.set_line(node)
        if PRIMITIVES[function].result is None:
            ctx.builder.emit(Call(None, function, args))
            return Const(None, OBJECT)
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
    """A call of a top-level function by name: a direct call when the arguments bind to its
    parameters here (its defaults read from its function object); else (star arguments,
    or a wrong call, whose TypeError the runtime words) a call of the function object."""
    if needs_defined_check(ctx, function):
        ctx.set_line(node)
        defined = ctx.new_temp(I32)
        ctx.builder.emit(LoadGlobal(defined, ProgramInfo.defined_flag(function)))
        missing = ctx.new_temp(I32)
        ctx.builder.emit(Binary(missing, "eq", defined, Const(0, I32)))
        ctx.raise_if(missing, "raise_name_error", [Const(function.name, OBJECT)])
    plan = bind_statically(function.signature, node)
    if plan is None:
        return call_object(ctx, node, function_value(ctx, node, function))
    values = [lower_expression(ctx, a) for a in node.args]
    keywords = {k.arg: lower_expression(ctx, k.value) for k in node.keywords if k.arg is not None}
    ctx.set_line(node)
    dest = ctx.new_temp()
    ctx.builder.emit(Call(dest, function.symbol, bound_arguments(ctx, function, plan, values, keywords)))
    return dest


def bound_arguments(ctx: FunctionLowering, function: UserFunction, plan: dict[int, Slot], values: list[Value],
                    keywords: dict[str, Value]) -> list[Value]:
    """The arguments of a direct call of function's body, one per parameter, by the plan
    of bind_statically (defaults read from its static function object)."""
    s = function.signature
    args: list[Value] = []
    for i, slot in plan.items():
        if isinstance(slot, int):
            args.append(values[slot])
        elif isinstance(slot, str):
            args.append(keywords[slot])
        elif i < s.argcount:
            ref = ctx.program.function_constant(function)
            args.append(ctx.call_primitive("function_default", [ref, Const(i - (s.argcount - s.defaults), I32)]))
        else:
            ref = ctx.program.function_constant(function)
            args.append(ctx.call_primitive("function_kwdefault", [ref, Const(s.params[i], OBJECT)]))
    if s.varargs:
        from molt.frontend.containers import build_tuple

        args.insert(s.argcount, build_tuple(ctx, values[s.argcount:]))
    if s.varkw:
        extra = ctx.call_primitive("dict_new", [])
        for name, value in keywords.items():
            if name not in plan.values():
                ctx.call_primitive("dict_setitem", [extra, Const(name, OBJECT), value])
        args.append(extra)
    return args


# A slot of a direct call: the index of a positional argument, the name of a keyword
# argument, or None for the parameter's default.
Slot = int | str | None


def bind_statically(s: Signature, node: ast.Call) -> dict[int, Slot] | None:
    """The argument of each named parameter (by slot index; not *args and **kwargs, which
    the caller builds) of a call that binds without error; None when it must bind at run
    time."""
    if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
        return None
    if len(node.args) > s.argcount and not s.varargs:
        return None
    kwonly_start = s.argcount + int(s.varargs)
    named = list(range(s.argcount)) + list(range(kwonly_start, kwonly_start + s.kwonly))
    slots: dict[int, Slot] = {i: i for i in range(min(len(node.args), s.argcount))}
    for keyword in node.keywords:
        assert keyword.arg is not None
        index = next((i for i in named if s.params[i] == keyword.arg and i >= s.posonly), None)
        if index is None:
            if not s.varkw:
                return None
            continue
        if index in slots:
            return None
        slots[index] = keyword.arg
    first_default = s.argcount - s.defaults
    for i in named:
        if i not in slots:
            has_default = first_default <= i < s.argcount or s.params[i] in s.kwdefaults
            if not has_default:
                return None
            slots[i] = None
    return {i: slots[i] for i in named}


def needs_defined_check(ctx: FunctionLowering, callee: UserFunction) -> bool:
    """Whether the callee's `def` may not have run yet when this call runs (NameError).

    It has surely run when the call is in module code after the def, in the callee itself,
    or in a function defined after it (a function runs only once its def has)."""
    if ctx.function is None:
        return callee.position >= ctx.statement_index
    if ctx.function is callee:
        return False
    return callee.position >= ctx.function.position


# Builtins.


def no_keywords(ctx: FunctionLowering, node: ast.Call, name: str) -> None:
    if node.keywords:
        raise ctx.error(node.keywords[0], f"a keyword argument to {name}()")


def builtin_print(ctx: FunctionLowering, node: ast.Call) -> Value:
    if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
        # print(*items, **options): the runtime reads the options.
        items = argument_tuple(ctx, node)
        options = keyword_dict(ctx, node, Const(None, OBJECT))
        ctx.set_line(node)
        ctx.builder.emit(Call(None, "print_call", [items, options]))
        return Const(None, OBJECT)
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
    """A top-level function used as a value: its static function object."""
    if needs_defined_check(ctx, function):
        ctx.set_line(node)
        defined = ctx.new_temp(I32)
        ctx.builder.emit(LoadGlobal(defined, ProgramInfo.defined_flag(function)))
        missing = ctx.new_temp(I32)
        ctx.builder.emit(Binary(missing, "eq", defined, Const(0, I32)))
        ctx.raise_if(missing, "raise_name_error", [Const(function.name, OBJECT)])
    return ctx.program.function_constant(function)


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
        function = UserFunction(name, symbol, lam, Signature(["x"], argcount=1), -1, name)
        ctx.program.lambdas.append(function)
        ctx.program.escaping[symbol] = function
    return Const(ctx.program.escaping[symbol].ref(), OBJECT)


def variadic_builtin_value(ctx: FunctionLowering, node: ast.Name) -> Value:
    """max and min as values: `lambda *args: max(*args)`."""
    symbol = f"__main__.<builtin {node.id}>"
    if symbol not in ctx.program.escaping:
        star = ast.Starred(ast.Name("args", ast.Load()), ast.Load())
        lam = ast.Lambda(ast.arguments(posonlyargs=[], args=[], vararg=ast.arg("args"), kwonlyargs=[],
                                       kw_defaults=[], kwarg=None, defaults=[]),
                         ast.Call(ast.Name(node.id, ast.Load()), [star], []))
        for part in ast.walk(lam):
            ast.copy_location(part, node)
        function = UserFunction(node.id, symbol, lam, Signature(["args"], varargs=True), -1, node.id)
        ctx.program.lambdas.append(function)
    return ctx.program.function_constant(ctx.program.escaping.get(symbol) or ctx.program.lambdas[-1])


def builtin_function_value(ctx: FunctionLowering, node: ast.Name) -> Value:
    if node.id in ("max", "min"):
        return variadic_builtin_value(ctx, node)
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
    """Calling a value (a function object, a type): the positional arguments go in a
    tuple, keyword arguments in a dict; a lone argument goes as itself (call_one)."""
    if len(node.args) == 1 and not isinstance(node.args[0], ast.Starred) and not node.keywords:
        value = lower_expression(ctx, node.args[0])
        ctx.set_line(node)
        return ctx.call_primitive("call_one", [callee, value])
    args = argument_tuple(ctx, node)
    if not node.keywords:
        ctx.set_line(node)
        return ctx.call_primitive("py_call", [callee, args])
    kwargs = keyword_dict(ctx, node, callee)
    ctx.set_line(node)
    return ctx.call_primitive("py_call_kw", [callee, args, kwargs])


def call_object_with(ctx: FunctionLowering, node: ast.AST, callee: Value, values: list[Value],
                     keywords: dict[str, Value]) -> Value:
    """call_object for arguments already evaluated (no star arguments)."""
    from molt.frontend.containers import build_tuple

    ctx.set_line(node)
    if len(values) == 1 and not keywords:
        return ctx.call_primitive("call_one", [callee, values[0]])
    args = build_tuple(ctx, values)
    ctx.set_line(node)
    if not keywords:
        return ctx.call_primitive("py_call", [callee, args])
    kwargs = ctx.call_primitive("dict_new", [])
    for name, value in keywords.items():
        ctx.call_primitive("dict_setitem", [kwargs, Const(name, OBJECT), value])
    ctx.set_line(node)
    return ctx.call_primitive("py_call_kw", [callee, args, kwargs])


def argument_tuple(ctx: FunctionLowering, node: ast.Call) -> Value:
    """The positional arguments of a call as a tuple, star arguments spread into it."""
    from molt.frontend.containers import build_tuple

    if not any(isinstance(a, ast.Starred) for a in node.args):
        return build_tuple(ctx, [lower_expression(ctx, a) for a in node.args])
    items = ctx.call_primitive("list_new", [Const(0, I32)])
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            iterable = lower_expression(ctx, arg.value)
            ctx.set_line(arg)
            ctx.call_primitive("list_extend", [items, iterable])
        else:
            ctx.call_primitive("list_append", [items, lower_expression(ctx, arg)])
    return ctx.call_primitive("tuple_from_list", [items])


def keyword_dict(ctx: FunctionLowering, node: ast.Call, callee: Value) -> Value:
    """The keyword arguments of a call as a dict, ** mappings merged into it."""
    kwargs = ctx.call_primitive("dict_new", [])
    for keyword in node.keywords:
        value = lower_expression(ctx, keyword.value)
        ctx.set_line(keyword.value)
        if keyword.arg is None:
            ctx.call_primitive("dict_merge_kwargs", [kwargs, value, callee])
        else:
            ctx.call_primitive("dict_setitem", [kwargs, Const(keyword.arg, OBJECT), value])
    return kwargs
