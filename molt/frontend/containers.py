"""Containers: list, tuple, set and dict displays, subscripts and slices, comprehensions,
f-strings and attribute reads."""

from __future__ import annotations

import ast
from typing import Any, Callable

from molt.frontend.constants import constant_items, constant_tuple
from molt.frontend.context import BUILTIN_TYPES, FunctionLowering
from molt.frontend.expressions import lower_expression, truth
from molt.frontend.sites import load_attribute
from molt.ir.ops import Assign, Call, Const, Frame, Value
from molt.ir.types import I32, OBJECT, STR

TYPE_SET = 7  # wasm_runtime/values.py
TYPE_FROZENSET = 8


def starred_free(elements: list[ast.expr]) -> bool:
    return not any(isinstance(e, ast.Starred) for e in elements)


def build_list(ctx: FunctionLowering, elements: list[ast.expr]) -> Value:
    """A new list of the elements, with *iterables spliced in, evaluated left to right."""
    result = ctx.call_primitive("list_new", [Const(len(elements), I32)])
    for element in elements:
        if isinstance(element, ast.Starred):
            value = lower_expression(ctx, element.value)
            ctx.call_primitive("list_extend", [result, value])
        else:
            value = lower_expression(ctx, element)
            ctx.call_primitive("list_append", [result, value])
    return result


def lower_list(ctx: FunctionLowering, node: ast.List) -> Value:
    ctx.set_line(node)
    items = constant_items(node.elts) if len(node.elts) >= 3 else None
    if items is not None:  # one call however long the display (a table of data)
        result = ctx.call_primitive("list_new", [Const(len(node.elts), I32)])
        ctx.call_primitive("list_extend", [result, items])
        return result
    return build_list(ctx, node.elts)


def lower_tuple(ctx: FunctionLowering, node: ast.Tuple) -> Value:
    ctx.set_line(node)
    constant = constant_tuple(node)
    if constant is not None:
        return constant
    if not starred_free(node.elts):
        return ctx.call_primitive("tuple_from_list", [build_list(ctx, node.elts)])
    values = [lower_expression(ctx, e) for e in node.elts]
    ctx.set_line(node)
    return build_tuple(ctx, values)


def build_tuple(ctx: FunctionLowering, values: list[Value]) -> Value:
    result = ctx.call_primitive("tuple_new", [Const(len(values), I32)])
    for i, value in enumerate(values):
        ctx.builder.emit(Call(None, "tuple_init", [result, Const(i, I32), value]))
    return result


def lower_set(ctx: FunctionLowering, node: ast.Set) -> Value:
    ctx.set_line(node)
    if len(node.elts) >= 3 and all(isinstance(e, ast.Constant) for e in node.elts):
        # CPython folds a display of three or more constants into a frozenset constant
        # (made from a frozenset of the items) and builds the set from it: the order of
        # iteration follows from those builds.
        items = constant_items(node.elts) or build_tuple(ctx, [lower_expression(ctx, e) for e in node.elts])
        ctx.set_line(node)
        inner = ctx.call_primitive("set_new_from", [Const(TYPE_FROZENSET, I32), items])
        folded = ctx.call_primitive("set_new_from", [Const(TYPE_FROZENSET, I32),
                                                     ctx.call_primitive("tuple_from_iterable", [inner])])
        return ctx.call_primitive("set_new_from", [Const(TYPE_SET, I32), folded])
    result = ctx.call_primitive("set_new", [Const(TYPE_SET, I32)])
    for element in node.elts:
        if isinstance(element, ast.Starred):
            ctx.call_primitive("set_update", [result, lower_expression(ctx, element.value)])
        else:
            ctx.call_primitive("set_add", [result, lower_expression(ctx, element)])
    return result


def lower_dict(ctx: FunctionLowering, node: ast.Dict) -> Value:
    ctx.set_line(node)
    result = ctx.call_primitive("dict_new", [])
    if len(node.keys) >= 3 and None not in node.keys:
        keys = constant_items(node.keys)  # type: ignore[arg-type]
        values = constant_items(node.values)
        if keys is not None and values is not None:  # one call however long the display
            ctx.call_primitive("dict_set_pairs", [result, keys, values])
            return result
    for key_node, value_node in zip(node.keys, node.values):
        if key_node is None:  # **mapping
            ctx.call_primitive("dict_update_mapping", [result, lower_expression(ctx, value_node)])
            continue
        key = lower_expression(ctx, key_node)
        value = lower_expression(ctx, value_node)
        ctx.call_primitive("dict_setitem", [result, key, value])
    return result


def lower_subscript(ctx: FunctionLowering, node: ast.Subscript) -> Value:
    container = lower_expression(ctx, node.value)
    key = lower_index(ctx, node.slice)
    ctx.set_line(node)
    return ctx.call_primitive("py_getitem", [container, key])


def lower_index(ctx: FunctionLowering, node: ast.expr) -> Value:
    """A subscript's key: an expression, or a slice object for a:b:c."""
    if isinstance(node, ast.Slice):
        parts = [lower_expression(ctx, p) if p is not None else Const(None, OBJECT)
                 for p in (node.lower, node.upper, node.step)]
        ctx.set_line(node)
        return ctx.call_primitive("slice_new", parts)
    if isinstance(node, ast.Tuple) and any(isinstance(e, ast.Slice) for e in node.elts):
        return build_tuple(ctx, [lower_index(ctx, e) for e in node.elts])  # a[1:2, 3]
    return lower_expression(ctx, node)


# Comprehensions.


def lower_comprehension(ctx: FunctionLowering, node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> Value:
    """[elt for x in it if c ...] is built by loops inline. The loop variables are the
    comprehension's own (they do not leak), as in Python 3."""
    from molt.frontend.statements import lower_for_each

    if isinstance(node, ast.GeneratorExp):
        raise ctx.error(node, "a generator expression outside a call of list(), tuple(), set(), "
                        "sorted(), sum(), min(), max(), any(), all() or str.join()", "generators come later")
    ctx.set_line(node)
    if isinstance(node, ast.ListComp):
        result = ctx.call_primitive("list_new", [Const(0, I32)])
    elif isinstance(node, ast.SetComp):
        result = ctx.call_primitive("set_new", [Const(TYPE_SET, I32)])
    else:
        result = ctx.call_primitive("dict_new", [])

    def innermost() -> None:
        if isinstance(node, ast.DictComp):
            key = lower_expression(ctx, node.key)
            value = lower_expression(ctx, node.value)
            ctx.call_primitive("dict_setitem", [result, key, value])
        else:
            element = lower_expression(ctx, node.elt)
            ctx.call_primitive("list_append" if isinstance(node, ast.ListComp) else "set_add", [result, element])

    with ctx.comprehension_scope(node):
        lower_generators(ctx, node.generators, innermost, comprehension_frame(node))
    return result


FRAME_NAMES = {ast.ListComp: "<listcomp>", ast.SetComp: "<setcomp>", ast.DictComp: "<dictcomp>",
               ast.GeneratorExp: "<genexpr>"}


def comprehension_frame(node: ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp) -> Frame:
    """The frame CPython runs a comprehension in, called from the line it starts on."""
    return Frame(FRAME_NAMES[type(node)], node.lineno)


def lower_generators(ctx: FunctionLowering, generators: list[ast.comprehension], body: Callable[[], None],
                     frame: Frame | None = None) -> None:
    """The nested loops of a comprehension, with their conditions, around `body`; the
    outermost loop is the code of `frame`."""
    from molt.frontend.statements import lower_for_each

    if not generators:
        body()
        return
    first, rest = generators[0], generators[1:]
    if first.is_async:
        raise ctx.error(first.iter, "an async comprehension")

    def loop_body() -> None:
        b = ctx.builder
        for condition in first.ifs:
            keep, skip = b.new_block(), ctx.loops[-1].continue_target
            b.branch(truth(ctx, lower_expression(ctx, condition)), keep, skip)
            b.activate(keep)
        lower_generators(ctx, rest, body)

    lower_for_each(ctx, first.target, first.iter, loop_body, None, frame)


def lower_generator_argument(ctx: FunctionLowering, node: ast.GeneratorExp, each: Callable[[Value], None]) -> None:
    """A generator expression passed straight to a builtin that consumes it: the loops run
    inline and `each` takes every value, in order (nothing else can observe the generator)."""
    from molt.frontend.statements import frames_of_blocks

    b = ctx.builder
    outer = b.frames

    def consume() -> None:
        value = lower_expression(ctx, node.elt)
        # The builtin takes the value in its caller's frame (CPython's builtins are C).
        with frames_of_blocks(b, outer):
            consumer = b.new_block()
            b.goto(consumer)
            b.activate(consumer)
            each(value)

    with ctx.comprehension_scope(node):
        lower_generators(ctx, node.generators, consume, comprehension_frame(node))


# f-strings.


def lower_joined_str(ctx: FunctionLowering, node: ast.JoinedStr) -> Value:
    parts: list[Value] = []
    for part in node.values:
        if isinstance(part, ast.Constant):
            parts.append(Const(str(part.value), STR))
        else:
            assert isinstance(part, ast.FormattedValue)
            parts.append(lower_formatted_value(ctx, part))
    ctx.set_line(node)
    if not parts:
        return Const("", STR)
    result = parts[0]
    for piece in parts[1:]:
        result = ctx.call_primitive("str_concat", [result, piece])
    return result


def lower_formatted_value(ctx: FunctionLowering, node: ast.FormattedValue) -> Value:
    value = lower_expression(ctx, node.value)
    ctx.set_line(node)
    if node.conversion == ord("r"):
        value = ctx.call_primitive("py_repr", [value])
    elif node.conversion == ord("s"):
        value = ctx.call_primitive("py_str", [value])
    elif node.conversion == ord("a"):
        value = ctx.call_primitive("py_ascii", [value])
    spec: Value = Const("", STR)
    if node.format_spec is not None:
        spec = lower_joined_str(ctx, node.format_spec)  # type: ignore[arg-type]
    if isinstance(spec, Const) and spec.value == "" and node.conversion in (ord("r"), ord("s"), ord("a")):
        return value
    return ctx.call_primitive("py_format", [value, spec])


# Attributes of CPython's objects that Molt's runtime does not model: refused, rather than
# raising AttributeError where CPython has them.
UNMODELED_ATTRIBUTES = frozenset({"__new__", "__getattribute__", "__setattr__", "__delattr__", "__init_subclass__",
                                  "__annotations__"})


def check_modeled(ctx: FunctionLowering, node: ast.Attribute) -> None:
    if node.attr in UNMODELED_ATTRIBUTES:
        raise ctx.error(node, f"the attribute {node.attr}", "molt's objects do not have it")


def check_assignable(ctx: FunctionLowering, node: ast.AST, name: object) -> None:
    """Refuses a store to `__class__` (`x.__class__ = C`, `setattr(x, "__class__", C)`): an
    object keeps the class it was made with, whose layout its slots and the compiled fast
    paths follow. (A name computed at run time is refused there: object_setattr.)"""
    if name == "__class__":
        raise ctx.error(node, "assigning __class__", "an object keeps the class it was made with")


def lower_attribute(ctx: FunctionLowering, node: ast.Attribute) -> Value:
    """Attribute reads: str.lower and the like as values, else the runtime's getattr
    (methods of builtin types are only called)."""
    from molt.frontend.modules import imported_value, resolve

    imported = resolve(ctx, node)
    if imported is not None:
        return imported_value(ctx, node, imported)
    if (isinstance(node.value, ast.Name) and node.value.id in BUILTIN_TYPES
            and not ctx.shadows(node.value.id) and node.attr != "__name__"):
        from molt.frontend.calls import unbound_method_value

        return unbound_method_value(ctx, node)
    from molt.frontend.calls import is_super_call

    if is_super_call(ctx, node.value):
        from molt.frontend.classes import super_attribute

        return super_attribute(ctx, node)
    check_modeled(ctx, node)
    value = lower_expression(ctx, node.value)
    ctx.set_line(node)
    return load_attribute(ctx, value, node.attr, node.value)


CONTAINER_EXPRESSIONS: dict[type, Callable[[FunctionLowering, Any], Value]] = {
    ast.List: lower_list,
    ast.Tuple: lower_tuple,
    ast.Set: lower_set,
    ast.Dict: lower_dict,
    ast.Subscript: lower_subscript,
    ast.ListComp: lower_comprehension,
    ast.SetComp: lower_comprehension,
    ast.DictComp: lower_comprehension,
    ast.GeneratorExp: lower_comprehension,
    ast.JoinedStr: lower_joined_str,
    ast.Attribute: lower_attribute,
}

__all__ = ["CONTAINER_EXPRESSIONS", "Assign"]
