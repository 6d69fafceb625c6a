"""Class statements, super(), and attribute stores.

A class body runs once, inline where the class statement is: its assignments and defs go
into a namespace dict, then class_new makes the class (wasm_runtime/classes.py: C3 MRO,
attribute lookup, instances with attribute dicts, bound methods). Methods are functions
made by their def like any nested function; a method that calls super() closes over the
class's `__class__` cell, as in CPython.
"""

from __future__ import annotations

import ast
import symtable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from molt.frontend.context import BUILTIN_TYPES, EXCEPTION_TYPES, FunctionLowering
from molt.frontend.expressions import lower_expression
from molt.frontend.layouts import instance_attribute_names
from molt.frontend.scopes import function_children
from molt.ir.ops import MISSING, Call, Const, Register, Value
from molt.ir.types import I32, OBJECT

if TYPE_CHECKING:
    from molt.frontend.dataclass_methods import DataclassOptions
    from molt.frontend.enum_classes import EnumBody


@dataclass
class ClassBody:
    """The class body being lowered: its namespace dict and the names it has bound; for a
    dataclass its fields (dataclass_methods.py), for an enum its members (enum_classes.py)."""

    namespace: Value
    names: set[str] = field(default_factory=set)
    dataclass: Any = None
    enum: Any = None


def class_table(ctx: FunctionLowering, node: ast.ClassDef):  # type: ignore[no-untyped-def]
    assert ctx.program.table is not None
    for child in ctx.program.table.get_children():
        if child.get_type() == "class" and child.get_name() == node.name and child.get_lineno() == node.lineno:
            return child
    raise AssertionError(f"no symbol table for class {node.name}")


def lower_class_def(ctx: FunctionLowering, node: ast.ClassDef) -> None:
    from molt.frontend.class_decorators import class_decoration
    from molt.frontend.enum_classes import enum_body
    from molt.frontend.statements import store_name

    if ctx.function is not None or ctx.class_body is not None:
        raise ctx.error(node, "a class statement inside a function or class", "only top-level classes for now")
    if node.keywords:
        raise ctx.error(node, "class keywords (metaclass=...)")
    decoration = class_decoration(ctx, node)
    for base in node.bases:
        if isinstance(base, ast.Name) and base.id != "object" and not ctx.shadows(base.id) and base.id in BUILTIN_TYPES:
            raise ctx.error(base, f"subclassing the builtin type {base.id}", "only classes of the program for now")
    refuse_exception_special_methods(ctx, node)
    bases = [lower_expression(ctx, base) for base in node.bases]
    cls = build_class(ctx, node, class_table(ctx, node), bases, decoration.dataclass, enum_body(ctx, node))
    store_name(ctx, ast.Name(node.name, ast.Store()), decoration.apply(cls))


# The special methods that exception objects of a class reach (wasm_runtime/exc.py).
EXCEPTION_SPECIAL_METHODS = frozenset({"__init__", "__str__", "__repr__"})


def refuse_exception_special_methods(ctx: FunctionLowering, node: ast.ClassDef) -> None:
    """A class of exceptions (a base is a builtin exception type or such a class of the
    program) may define no other special method: exception objects would not reach it."""
    is_exception = any(isinstance(base, ast.Name) and (base.id in ctx.program.exception_classes
                                                        or base.id in EXCEPTION_TYPES and not ctx.shadows(base.id))
                       for base in node.bases)
    if not is_exception:
        return
    ctx.program.exception_classes.add(node.name)
    for stmt in node.body:
        if (isinstance(stmt, ast.FunctionDef) and stmt.name.startswith("__") and stmt.name.endswith("__")
                and stmt.name not in EXCEPTION_SPECIAL_METHODS):
            raise ctx.error(stmt, f"the special method {stmt.name} of an exception class",
                            "exception objects reach only __init__, __str__ and __repr__ of their class")


def build_class(ctx: FunctionLowering, node: ast.ClassDef, table: symtable.SymbolTable, bases: list[Value],
                dataclass_options: DataclassOptions | None, members: EnumBody | None) -> Value:
    """The class object of a class statement (`table` is its symbol table) with `bases`
    evaluated: its body runs into a namespace, then class_new makes it (a dataclass gets
    its generated methods first, an enum its members after)."""
    from molt.frontend.containers import build_tuple
    from molt.frontend.dataclass_methods import DataclassBody, add_dataclass_methods, class_made
    from molt.frontend.enum_classes import make_members

    ctx.set_line(node)
    namespace = ctx.call_primitive("dict_new", [])
    class_cell: Register | None = None
    if any("__class__" in child.get_frees() for child in function_children(table)):  # type: ignore[attr-defined]
        class_cell = ctx.call_primitive("cell_new", [])
    saved = (ctx.scope, ctx.tables, ctx.cells, ctx.qualname_prefix)
    ctx.scope, ctx.tables = table, [table]
    ctx.cells = {"__class__": class_cell} if class_cell is not None else {}
    ctx.qualname_prefix = node.name + "."
    body = ctx.class_body = ClassBody(namespace, enum=members)
    if dataclass_options is not None:
        body.dataclass = DataclassBody(dataclass_options)
    try:
        for stmt in node.body:
            lower_class_statement(ctx, body, stmt)
        if body.dataclass is not None:
            add_dataclass_methods(ctx, node, body.dataclass, body.names)
    finally:
        ctx.scope, ctx.tables, ctx.cells, ctx.qualname_prefix = saved
        ctx.class_body = None
    ctx.set_line(node)
    names = instance_attribute_names(node)
    if body.dataclass is not None:  # its generated __init__ stores the fields
        names = list(dict.fromkeys(body.dataclass.stored_fields + names))
    own_names = build_tuple(ctx, [Const(name, OBJECT) for name in names])
    cls = ctx.call_primitive("class_new", [Const(node.name, OBJECT), build_tuple(ctx, bases), namespace, own_names])
    shaped = ctx.program.shaped.get(node.name)
    if shaped is not None and shaped.node is node:
        # With the layout the compiler computed, which the runtime checks against its own.
        layout = build_tuple(ctx, [Const(name, OBJECT) for name in shaped.layout])
        ctx.builder.emit(Call(None, "class_set_family", [cls, Const(shaped.number, I32), layout]))
    if class_cell is not None:
        ctx.builder.emit(Call(None, "cell_set", [class_cell, cls]))
    if body.enum is not None:
        make_members(ctx, cls, body.enum)
    if body.dataclass is not None:
        class_made(ctx, cls, body.dataclass)
    return cls


def lower_class_statement(ctx: FunctionLowering, body: ClassBody, stmt: ast.stmt) -> None:
    """A statement of a class body: assignments and defs bind names in its namespace."""
    from molt.frontend.dataclass_methods import lower_field
    from molt.frontend.enum_classes import lower_member
    from molt.frontend.functions import function_object, nested_function

    ctx.set_line(stmt)
    if isinstance(stmt, ast.Pass) or (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant)):
        return
    if body.dataclass is not None and isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name):
        lower_field(ctx, body.dataclass, stmt)
        return
    if isinstance(stmt, ast.AnnAssign) and stmt.value is None and isinstance(stmt.target, ast.Name):
        return
    if isinstance(stmt, ast.FunctionDef):
        if not (body.dataclass is not None and stmt.name == "__post_init__"):
            check_method_name(ctx, stmt)
        decorators = [method_decorator(ctx, d) for d in stmt.decorator_list]
        function = nested_function(ctx, stmt)
        ctx.set_line(stmt)
        value = function_object(ctx, function, stmt.args)
        for decorate in reversed(decorators):
            value = decorate(value)
        bind(ctx, body, stmt.name, value)
        return
    if body.enum is not None and lower_member(ctx, body.enum, stmt):
        return
    targets = class_assignment_targets(stmt)
    if targets is None:
        raise ctx.error(stmt, "this statement in a class body", "only assignments to names and defs")
    value = lower_expression(ctx, stmt.value)  # type: ignore[attr-defined]
    ctx.set_line(stmt)
    for name in targets:
        bind(ctx, body, name, value)


OPERATORS = ("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and", "or", "xor", "lshift", "rshift")
# Special methods the runtime calls (wasm_runtime/special.py); a class defining another is
# refused, rather than silently not calling it.
SUPPORTED_DUNDERS = frozenset(
    {f"__{prefix}{op}__" for op in OPERATORS for prefix in ("", "r", "i")}
    | {f"__{name}__" for name in (
        "init", "repr", "str", "format", "enter", "exit", "eq", "ne", "lt", "le", "gt", "ge", "hash",
        "bool", "len", "getitem", "setitem", "delitem", "iter", "next", "contains", "call", "getattr",
        "neg", "pos", "abs", "invert", "int", "float", "index")})


def check_method_name(ctx: FunctionLowering, node: ast.FunctionDef) -> None:
    name = node.name
    if name.startswith("__") and name.endswith("__") and name not in SUPPORTED_DUNDERS:
        raise ctx.error(node, f"the special method {name}", "molt does not call it yet")


PROPERTY_COPIERS = {"getter": "property_getter", "setter": "property_setter", "deleter": "property_deleter"}


def method_decorator(ctx: FunctionLowering, node: ast.expr) -> Callable[[Value], Value]:
    """A decorator of a method, evaluated: what applies it to the function. @x.setter (and
    .getter, .deleter) copies the property x with the function in its slot; any other
    decorator (@property, @staticmethod ...) is called."""
    from molt.frontend.functions import call_with

    if isinstance(node, ast.Attribute) and node.attr in PROPERTY_COPIERS:
        prop = lower_expression(ctx, node.value)
        primitive = PROPERTY_COPIERS[node.attr]
        return lambda f: ctx.call_primitive(primitive, [prop, f])
    decorator = lower_expression(ctx, node)
    return lambda f: call_with(ctx, decorator, [f])


def class_assignment_targets(stmt: ast.stmt) -> list[str] | None:
    if isinstance(stmt, ast.Assign) and all(isinstance(t, ast.Name) for t in stmt.targets):
        return [t.id for t in stmt.targets]  # type: ignore[attr-defined]
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
        return [stmt.target.id]
    return None


def bind(ctx: FunctionLowering, body: ClassBody, name: str, value: Value) -> None:
    ctx.call_primitive("dict_setitem", [body.namespace, Const(name, OBJECT), value])
    body.names.add(name)


def read_class_name(ctx: FunctionLowering, name: str) -> Value:
    """A name the class body bound earlier, read in the class body."""
    assert ctx.class_body is not None
    return ctx.call_primitive("dict_getitem", [ctx.class_body.namespace, Const(name, OBJECT)])


def super_arguments(ctx: FunctionLowering, node: ast.Call) -> tuple[Value, Value]:
    """The class and the instance of super(C, obj), or of a zero-argument super() in a
    method."""
    from molt.frontend.functions import read_cell

    if node.args:
        cls, obj = (lower_expression(ctx, arg) for arg in node.args)
        return cls, obj
    function = ctx.function
    if function is None or "__class__" not in ctx.cells or not function.params:
        raise ctx.error(node, "super() outside a method")
    ctx.set_line(node)
    cls = read_cell(ctx, "__class__")
    first = lower_expression(ctx, ast.copy_location(ast.Name(function.params[0], ast.Load()), node))
    return cls, first


def super_method_call(ctx: FunctionLowering, node: ast.Call, func: ast.Attribute) -> Value:
    """super().name(args)"""
    from molt.frontend.calls import argument_tuple, keyword_dict

    assert isinstance(func.value, ast.Call)
    cls, first = super_arguments(ctx, func.value)
    args = argument_tuple(ctx, node)
    kwargs: Value = keyword_dict(ctx, node, Const(None, OBJECT)) if node.keywords else Const(MISSING, OBJECT)
    ctx.set_line(node)
    return ctx.call_primitive("super_method_call", [cls, first, Const(func.attr, OBJECT), args, kwargs])


def super_attribute(ctx: FunctionLowering, node: ast.Attribute) -> Value:
    """super().name"""
    assert isinstance(node.value, ast.Call)
    cls, first = super_arguments(ctx, node.value)
    ctx.set_line(node)
    return ctx.call_primitive("super_getattr", [cls, first, Const(node.attr, OBJECT)])
