"""Calls of builtins: each lowered to runtime primitives, with CPython's argument rules.

A builtin that consumes an iterable (list(), sum(), any() ...) takes a generator
expression argument as inline loops: the generator itself is never observable there.
"""

from __future__ import annotations

import ast
from typing import Callable

from molt.frontend.context import BUILTIN_TYPES, EXCEPTION_TYPES, FunctionLowering
from molt.frontend.expressions import compare, lower_expression, negate, truth
from molt.ir.ops import ERROR, MISSING, Assign, Branch, Call, Const, Goto, PyUnary, Value
from molt.ir.types import BOOL, FLOAT, I32, INT, OBJECT, STR

Builtin = Callable[[FunctionLowering, ast.Call], Value]


def positional(ctx: FunctionLowering, node: ast.Call, name: str, least: int, most: int,
               keywords: tuple[str, ...] = ()) -> tuple[list[ast.expr], dict[str, ast.expr]]:
    """The call's positional arguments and keywords, checked against the builtin's shape."""
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            raise ctx.error(arg, f"a star argument to {name}()")
    given: dict[str, ast.expr] = {}
    for keyword in node.keywords:
        if keyword.arg is None or keyword.arg not in keywords:
            raise ctx.error(keyword, f"the keyword argument {keyword.arg}= of {name}()" if keyword.arg
                            else f"**kwargs in a call of {name}()")
        given[keyword.arg] = keyword.value
    if not least <= len(node.args) <= most:
        raise ctx.error(node, f"{name}() with {len(node.args)} positional arguments")
    return list(node.args), given


def call(ctx: FunctionLowering, node: ast.AST, primitive: str, args: list[Value]) -> Value:
    ctx.set_line(node)
    return ctx.call_primitive(primitive, args)


def values(ctx: FunctionLowering, nodes: list[ast.expr]) -> list[Value]:
    return [lower_expression(ctx, n) for n in nodes]


def for_each_value(ctx: FunctionLowering, node: ast.expr, each: Callable[[Value], None]) -> None:
    """Run `each` on every value of an iterable (a generator expression runs inline)."""
    from molt.frontend.containers import lower_generator_argument
    from molt.frontend.statements import iterate

    if isinstance(node, ast.GeneratorExp):
        lower_generator_argument(ctx, node, each)
        return
    source = lower_expression(ctx, node)
    ctx.set_line(node)
    iterate(ctx, source, each, None)


def collect_list(ctx: FunctionLowering, node: ast.expr) -> Value:
    """A new list of the values of an iterable (or a generator expression)."""
    result = call(ctx, node, "list_new", [Const(0, I32)])
    if isinstance(node, ast.GeneratorExp):
        def append(value: Value) -> None:
            ctx.call_primitive("list_append", [result, value])
        for_each_value(ctx, node, append)
    else:
        ctx.call_primitive("list_extend", [result, lower_expression(ctx, node)])
    return result


# Conversions.


def builtin_int(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, keywords = positional(ctx, node, "int", 0, 2, ("base",))
    if "base" in keywords:
        args = args + [keywords["base"]]
    if not args:
        return Const(0, INT)
    if len(args) == 2:
        return call(ctx, node, "py_int_base", values(ctx, args))
    return call(ctx, node, "py_int", values(ctx, args))


def builtin_float(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "float", 0, 1)
    return Const(0.0, FLOAT) if not args else call(ctx, node, "py_float", values(ctx, args))


def builtin_str(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "str", 0, 1)
    return Const("", STR) if not args else call(ctx, node, "py_str", values(ctx, args))


def builtin_bool(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "bool", 0, 1)
    return Const(False, BOOL) if not args else truth(ctx, lower_expression(ctx, args[0]))


def builtin_repr(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "repr", 1, 1)
    return call(ctx, node, "py_repr", values(ctx, args))


def builtin_ascii(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "ascii", 1, 1)
    return call(ctx, node, "py_ascii", values(ctx, args))


def builtin_one(primitive: str, name: str, arity: int = 1) -> Builtin:
    """A builtin of exactly `arity` arguments that is one primitive call."""
    def lower(ctx: FunctionLowering, node: ast.Call) -> Value:
        args, _ = positional(ctx, node, name, arity, arity)
        return call(ctx, node, primitive, values(ctx, args))
    return lower


def builtin_abs(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "abs", 1, 1)
    value = lower_expression(ctx, args[0])
    ctx.set_line(node)
    dest = ctx.new_temp()
    ctx.builder.emit(PyUnary(dest, "abs", value))
    return dest


def builtin_base(base: int, name: str) -> Builtin:
    def lower(ctx: FunctionLowering, node: ast.Call) -> Value:
        args, _ = positional(ctx, node, name, 1, 1)
        return call(ctx, node, "py_to_base", [lower_expression(ctx, args[0]), Const(base, I32)])
    return lower


def builtin_pow(ctx: FunctionLowering, node: ast.Call) -> Value:
    from molt.frontend.expressions import binary

    args, keywords = positional(ctx, node, "pow", 2, 3, ("mod",))
    if "mod" in keywords:
        args = args + [keywords["mod"]]
    if len(args) == 3:
        return call(ctx, node, "py_pow_mod", values(ctx, args))
    base, exponent = values(ctx, args)
    ctx.set_line(node)
    return binary(ctx, "**", base, exponent)


def builtin_round(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, keywords = positional(ctx, node, "round", 1, 2, ("ndigits",))
    given = values(ctx, args)
    if "ndigits" in keywords:
        given.append(lower_expression(ctx, keywords["ndigits"]))
    if len(given) == 1:
        given.append(Const(MISSING, OBJECT))
    return call(ctx, node, "py_round", given)


def builtin_divmod(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "divmod", 2, 2)
    return call(ctx, node, "py_divmod", values(ctx, args))


def builtin_len(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "len", 1, 1)
    return call(ctx, node, "py_len", values(ctx, args))


def builtin_hash(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "hash", 1, 1)
    return call(ctx, node, "hash_value", values(ctx, args))


def builtin_type(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "type", 1, 1)
    return call(ctx, node, "py_type", values(ctx, args))


def builtin_isinstance(ctx: FunctionLowering, node: ast.Call) -> Value:
    """isinstance(x, int) and isinstance(x, (int, str)) with builtin types compare type
    codes; any other class argument is checked at run time."""
    args, _ = positional(ctx, node, "isinstance", 2, 2)
    value = lower_expression(ctx, args[0])
    codes = static_type_codes(ctx, args[1])
    ctx.set_line(node)
    if codes is None:
        return call(ctx, node, "py_isinstance", [value, lower_expression(ctx, args[1])])
    b = ctx.builder
    result = ctx.new_temp(BOOL)
    b.emit(Assign(result, Const(False, BOOL)))
    done = b.new_block()
    for code in codes:
        match = ctx.call_primitive("isinstance_code", [value, Const(code, I32)])
        b.emit(Assign(result, match))
        nxt = b.new_block()
        b.emit(Branch(match, done, nxt))
        b.activate(nxt)
    b.goto(done)
    b.activate(done)
    return result


def builtin_issubclass(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "issubclass", 2, 2)
    cls, classes = lower_expression(ctx, args[0]), lower_expression(ctx, args[1])
    ctx.set_line(node)
    return call(ctx, node, "py_issubclass", [cls, classes])


def builtin_callable(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "callable", 1, 1)
    value = lower_expression(ctx, args[0])
    return ctx.call_primitive("py_callable", [value])


def builtin_getattr(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "getattr", 2, 3)
    given = values(ctx, args)
    default = given[2] if len(given) == 3 else Const(MISSING, OBJECT)
    return call(ctx, node, "getattr_builtin", [given[0], given[1], default])


def builtin_returning_none(primitive: str, name: str, arity: int) -> Builtin:
    """A builtin of `arity` arguments that is one call of a primitive without a result:
    setattr(), delattr()."""
    def lower(ctx: FunctionLowering, node: ast.Call) -> Value:
        args, _ = positional(ctx, node, name, arity, arity)
        given = values(ctx, args)
        ctx.set_line(node)
        ctx.builder.emit(Call(None, primitive, given))
        return Const(None, OBJECT)
    return lower


def builtin_setattr(ctx: FunctionLowering, node: ast.Call) -> Value:
    from molt.frontend.containers import check_assignable

    if len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
        check_assignable(ctx, node, node.args[1].value)
    return SETATTR(ctx, node)


SETATTR = builtin_returning_none("setattr_builtin", "setattr", 3)


def builtin_type_call(ctx: FunctionLowering, node: ast.Call) -> Value:
    """property(...), staticmethod(f), classmethod(f): their type objects, called."""
    from molt.frontend.calls import call_object

    return call_object(ctx, node, lower_expression(ctx, node.func))


def static_type_codes(ctx: FunctionLowering, node: ast.expr) -> list[int] | None:
    if isinstance(node, ast.Name) and node.id in BUILTIN_TYPES and not ctx.shadows(node.id):
        return [BUILTIN_TYPES[node.id]]
    if isinstance(node, ast.Name) and node.id in EXCEPTION_TYPES and not ctx.shadows(node.id):
        return [EXCEPTION_TYPES[node.id]]
    if isinstance(node, ast.Tuple):
        codes: list[int] = []
        for element in node.elts:
            inner = static_type_codes(ctx, element)
            if inner is None:
                return None
            codes += inner
        return codes
    return None


# Containers.


def builtin_list(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "list", 0, 1)
    if not args:
        return call(ctx, node, "list_new", [Const(0, I32)])
    return collect_list(ctx, args[0])


def builtin_tuple(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "tuple", 0, 1)
    if not args:
        return call(ctx, node, "tuple_new", [Const(0, I32)])
    if isinstance(args[0], ast.GeneratorExp):
        return call(ctx, node, "tuple_from_list", [collect_list(ctx, args[0])])
    return call(ctx, node, "tuple_from_iterable", values(ctx, args))


def builtin_set(type_code: int, name: str) -> Builtin:
    def lower(ctx: FunctionLowering, node: ast.Call) -> Value:
        args, _ = positional(ctx, node, name, 0, 1)
        if args and not isinstance(args[0], ast.GeneratorExp):
            # set(x) presizes and merges tables as CPython does: its order follows.
            return call(ctx, node, "set_new_from", [Const(type_code, I32), lower_expression(ctx, args[0])])
        result = call(ctx, node, "set_new", [Const(type_code, I32)])
        if args:
            def add(value: Value) -> None:
                ctx.call_primitive("set_add", [result, value])
            for_each_value(ctx, args[0], add)
        return result
    return lower


def builtin_dict(ctx: FunctionLowering, node: ast.Call) -> Value:
    for arg in node.args:
        if isinstance(arg, ast.Starred):
            raise ctx.error(arg, "a star argument to dict()")
    if len(node.args) > 1:
        raise ctx.error(node, f"dict() with {len(node.args)} positional arguments")
    source_value: Value | None = None
    if node.args:
        source = node.args[0]
        if isinstance(source, ast.GeneratorExp):
            source_value = collect_list(ctx, source)
        else:
            source_value = lower_expression(ctx, source)
    kwargs: Value | None = None
    if node.keywords:
        # The keyword arguments are a call's (evaluated before dict() runs): a key given
        # twice, or not a str, is an error.
        from molt.frontend.calls import keyword_dict

        dict_type = ctx.call_primitive("type_object", [Const(BUILTIN_TYPES["dict"], I32)])
        kwargs = keyword_dict(ctx, node, dict_type)
        ctx.set_line(node)
        ctx.call_primitive("keywords_check_strings", [kwargs])
    result = call(ctx, node, "dict_new", [])
    for items in (source_value, kwargs):
        if items is not None:
            ctx.call_primitive("dict_update", [result, items])
    return result


def builtin_range(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "range", 1, 3)
    given = values(ctx, args)
    missing = Const(MISSING, OBJECT)
    while len(given) < 3:
        given.append(missing)
    return call(ctx, node, "range_new", given)


def builtin_bytes(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, keywords = positional(ctx, node, "bytes", 0, 3, ("encoding", "errors"))
    given = values(ctx, args)
    for name in ("encoding", "errors"):
        if name in keywords:
            given.append(lower_expression(ctx, keywords[name]))
    if not given:
        return call(ctx, node, "bytes_from_latin1", [Const("", STR)])
    if len(given) == 1:
        return call(ctx, node, "bytes_from_object", given)
    while len(given) < 3:
        given.append(Const(MISSING, OBJECT))
    return call(ctx, node, "bytes_construct", given)


def builtin_format(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "format", 1, 2)
    given = values(ctx, args)
    if len(given) == 1:
        given.append(Const("", STR))
    return call(ctx, node, "py_format_builtin", given)


# Iteration.


def builtin_iter(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "iter", 1, 1)
    return call(ctx, node, "py_iter", values(ctx, args))


def builtin_next(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "next", 1, 2)
    given = values(ctx, args)
    default = given[1] if len(given) == 2 else Const(MISSING, OBJECT)
    return call(ctx, node, "py_next_builtin", [given[0], default])


def builtin_enumerate(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, keywords = positional(ctx, node, "enumerate", 1, 2, ("start",))
    given = values(ctx, args)
    start = given[1] if len(given) == 2 else (lower_expression(ctx, keywords["start"]) if "start" in keywords
                                              else Const(MISSING, OBJECT))
    return call(ctx, node, "enumerate_new", [given[0], start])


def builtin_zip(ctx: FunctionLowering, node: ast.Call) -> Value:
    from molt.frontend.calls import argument_tuple
    from molt.frontend.containers import build_tuple

    if any(isinstance(a, ast.Starred) for a in node.args) and not node.keywords:
        return call(ctx, node, "zip_new", [argument_tuple(ctx, node)])  # zip(*rows)
    args, _ = positional(ctx, node, "zip", 0, 64)
    iterables = build_tuple(ctx, values(ctx, args))
    return call(ctx, node, "zip_new", [iterables])


def builtin_reversed(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "reversed", 1, 1)
    return call(ctx, node, "reversed_new", values(ctx, args))


def builtin_sorted(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, keywords = positional(ctx, node, "sorted", 1, 1, ("key", "reverse"))
    items = collect_list(ctx, args[0])
    key = lower_expression(ctx, keywords["key"]) if "key" in keywords else Const(None, OBJECT)
    reverse = lower_expression(ctx, keywords["reverse"]) if "reverse" in keywords else Const(False, OBJECT)
    ctx.set_line(node)
    ctx.builder.emit(Call(None, "list_sort", [items, key, reverse]))
    return items


def builtin_sum(ctx: FunctionLowering, node: ast.Call) -> Value:
    """sum(iterable, start): the values added in order, as CPython's sum gives them."""
    from molt.frontend.expressions import binary

    args, keywords = positional(ctx, node, "sum", 1, 2, ("start",))
    start: Value = Const(0, INT)
    if len(args) == 2:
        start = lower_expression(ctx, args[1])
    elif "start" in keywords:
        start = lower_expression(ctx, keywords["start"])
    if not isinstance(start, Const):
        ctx.builder.emit(Call(None, "sum_check_start", [start]))
    total = ctx.new_temp()
    ctx.builder.emit(Assign(total, start))

    def add(value: Value) -> None:
        ctx.set_line(node)
        ctx.builder.emit(Assign(total, binary(ctx, "+", total, value)))

    for_each_value(ctx, args[0], add)
    return total


def builtin_any_all(name: str) -> Builtin:
    """any() stops at the first true value, all() at the first false one."""
    def lower(ctx: FunctionLowering, node: ast.Call) -> Value:
        args, _ = positional(ctx, node, name, 1, 1)
        b = ctx.builder
        result = ctx.new_temp(BOOL)
        b.emit(Assign(result, Const(name == "all", BOOL)))
        done = b.new_block()

        def test(value: Value) -> None:
            cond = truth(ctx, value)
            if name == "all":
                cond = negate(ctx, cond)
            hit, nxt = b.new_block(), b.new_block()
            b.emit(Branch(cond, hit, nxt))
            b.activate(hit)
            b.emit(Assign(result, Const(name == "any", BOOL)))
            b.emit(Goto(done))
            b.activate(nxt)

        for_each_value(ctx, args[0], test)
        b.goto(done)
        b.activate(done)
        return result
    return lower


def builtin_min_max(name: str) -> Builtin:
    """max(a, b, ...) and max(iterable, key=, default=): an item replaces the best so far
    only when `item > best` (`<` for min), so the first of equal items wins, as CPython."""
    def lower(ctx: FunctionLowering, node: ast.Call) -> Value:
        star = len(node.args) == 1 and isinstance(node.args[0], ast.Starred)
        star_arg = node.args[0] if star else None
        if star:  # max(*items): one item is itself the iterable
            node = ast.copy_location(ast.Call(node.func, [ast.Constant(None)], node.keywords), node)
        args, keywords = positional(ctx, node, name, 1, 64, ("key", "default"))
        if len(args) > 1 and "default" in keywords:
            raise ctx.error(node, f"{name}() with several arguments and default=")  # a TypeError in CPython
        key = lower_expression(ctx, keywords["key"]) if "key" in keywords else None
        b = ctx.builder
        best, best_key = ctx.new_temp(), ctx.new_temp()
        b.emit(Assign(best, Const(MISSING, OBJECT)))
        b.emit(Assign(best_key, Const(MISSING, OBJECT)))

        def consider(value: Value) -> None:
            ctx.set_line(node)
            item_key = value if key is None else ctx.call_primitive("call_one", [key, value])
            first = ctx.new_temp(BOOL)
            b.emit(Assign(first, compare(ctx, "is", best, Const(MISSING, OBJECT))))
            take, test, skip = b.new_block(), b.new_block(), b.new_block()
            b.emit(Branch(first, take, test))
            b.activate(test)
            better = truth(ctx, compare(ctx, ">" if name == "max" else "<", item_key, best_key))
            b.emit(Branch(better, take, skip))
            b.activate(take)
            b.emit(Assign(best, value))
            b.emit(Assign(best_key, item_key))
            b.emit(Goto(skip))
            b.activate(skip)

        if star:
            from molt.frontend.calls import argument_tuple
            from molt.frontend.statements import iterate

            assert star_arg is not None
            items = argument_tuple(ctx, ast.Call(node.func, [star_arg], []))
            source = ctx.call_primitive("star_source", [items])
            iterate(ctx, source, consider, None)
        elif len(args) > 1:
            for arg in args:
                consider(lower_expression(ctx, arg))
            return best
        else:
            for_each_value(ctx, args[0], consider)
        empty = ctx.new_temp(BOOL)
        b.emit(Assign(empty, compare(ctx, "is", best, Const(MISSING, OBJECT))))
        if "default" in keywords:
            default = lower_expression(ctx, keywords["default"])
            use_default, done = b.new_block(), b.new_block()
            b.emit(Branch(empty, use_default, done))
            b.activate(use_default)
            b.emit(Assign(best, default))
            b.emit(Goto(done))
            b.activate(done)
        else:
            ctx.set_line(node)
            ctx.raise_if(empty, "raise_empty_sequence", [Const(f"{name}() arg is an empty sequence", OBJECT)])
        return best
    return lower


def builtin_map(ctx: FunctionLowering, node: ast.Call) -> Value:
    from molt.frontend.containers import build_tuple

    args, _ = positional(ctx, node, "map", 2, 64)
    given = values(ctx, args)
    return call(ctx, node, "map_new", [given[0], build_tuple(ctx, given[1:])])


def builtin_filter(ctx: FunctionLowering, node: ast.Call) -> Value:
    args, _ = positional(ctx, node, "filter", 2, 2)
    return call(ctx, node, "filter_new", values(ctx, args))


BUILTINS: dict[str, Builtin] = {
    "int": builtin_int,
    "float": builtin_float,
    "str": builtin_str,
    "bool": builtin_bool,
    "repr": builtin_repr,
    "ascii": builtin_ascii,
    "abs": builtin_abs,
    "len": builtin_len,
    "hash": builtin_hash,
    "type": builtin_type,
    "isinstance": builtin_isinstance,
    "issubclass": builtin_issubclass,
    "callable": builtin_callable,
    "getattr": builtin_getattr,
    "setattr": builtin_setattr,
    "delattr": builtin_returning_none("delattr_builtin", "delattr", 2),
    "hasattr": builtin_one("hasattr_builtin", "hasattr", 2),
    "vars": builtin_one("vars_builtin", "vars"),
    "property": builtin_type_call,
    "staticmethod": builtin_type_call,
    "classmethod": builtin_type_call,
    "slice": builtin_type_call,
    "ord": builtin_one("py_ord", "ord"),
    "chr": builtin_one("py_chr", "chr"),
    "hex": builtin_base(16, "hex"),
    "oct": builtin_base(8, "oct"),
    "bin": builtin_base(2, "bin"),
    "pow": builtin_pow,
    "divmod": builtin_divmod,
    "round": builtin_round,
    "list": builtin_list,
    "tuple": builtin_tuple,
    "set": builtin_set(7, "set"),
    "frozenset": builtin_set(8, "frozenset"),
    "dict": builtin_dict,
    "range": builtin_range,
    "bytes": builtin_bytes,
    "format": builtin_format,
    "iter": builtin_iter,
    "next": builtin_next,
    "enumerate": builtin_enumerate,
    "zip": builtin_zip,
    "reversed": builtin_reversed,
    "sorted": builtin_sorted,
    "sum": builtin_sum,
    "any": builtin_any_all("any"),
    "all": builtin_any_all("all"),
    "min": builtin_min_max("min"),
    "max": builtin_min_max("max"),
    "map": builtin_map,
    "filter": builtin_filter,
}

__all__ = ["BUILTINS", "ERROR"]
