"""Calls of the classes whose layouts the compiler knows (families.py), by their names:
`C(args)` makes the instance and calls the `__init__` that C's class bodies give it
directly, and `C.m(obj, args)` calls the def that C's class bodies give `m` directly.

Both hold while C keeps its number (wasm_runtime/classes.py: class_numbered): until then
no class of its family has been changed, so its class bodies are what the compiler read.
Otherwise the call is the generic one. The direct calls give the program's analysis
(molt/analysis/facts.py) every argument of these methods, and their receivers' classes.
"""

from __future__ import annotations

import ast

from molt.frontend.calls import Slot, bind_statically, bound_arguments, call_object_with
from molt.frontend.context import FunctionLowering, UserFunction
from molt.frontend.expressions import compare, lower_expression
from molt.frontend.families import ABSENT, ShapedClass
from molt.frontend.method_calls import is_simple, lower_arguments, plain_method
from molt.ir.ops import Assign, Call, Const, Value
from molt.ir.types import I32, OBJECT


def class_call(ctx: FunctionLowering, node: ast.Call, cls: ShapedClass) -> Value | None:
    """C(args) with its __init__ called directly, or None when the call must be generic."""
    if cls.class_binding("__new__") is not ABSENT:
        return None
    init = cls.class_binding("__init__")
    with_self = ast.Call(node.func, [ast.Name("self", ast.Load())] + node.args, node.keywords)
    function: UserFunction | None = None
    plan: dict[int, Slot] | None = None
    if init is ABSENT:
        if node.args or node.keywords:
            return None  # object.__init__'s TypeError, from the generic call
    else:
        function = plain_method(ctx, init if isinstance(init, ast.FunctionDef) else None)
        if function is None:
            return None
        plan = bind_statically(function.signature, with_self)
        if plan is None:
            return None
    b = ctx.builder
    class_object = lower_expression(ctx, node.func)
    values, keywords = lower_arguments(ctx, node)
    result = ctx.new_temp(OBJECT)
    direct, generic, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(ctx.call_primitive("class_numbered", [class_object]), direct, generic)
    b.activate(direct)
    instance = ctx.call_primitive("shaped_instance_new", [class_object, Const(cls.number, I32)])
    if function is not None and plan is not None:
        returned = ctx.new_temp(OBJECT)
        b.emit(Call(returned, function.symbol, bound_arguments(ctx, function, plan, [instance, *values], keywords)))
        ctx.raise_if(compare(ctx, "is not", returned, Const(None, OBJECT)), "raise_init_result", [returned])
    b.emit(Assign(result, instance))
    b.goto(done)
    b.activate(generic)
    b.emit(Assign(result, call_object_with(ctx, node, class_object, values, keywords)))
    b.goto(done)
    b.activate(done)
    return result


def class_method_call(ctx: FunctionLowering, node: ast.Call, func: ast.Attribute, cls: ShapedClass) -> Value | None:
    """C.m(args) with the def C's bodies give m called directly, or None. The arguments
    are simple (method_calls.is_simple): the generic path, which looks C.m up before them,
    lowers them again."""
    from molt.frontend.calls import attribute_call

    method = cls.class_binding(func.attr)
    function = plain_method(ctx, method if isinstance(method, ast.FunctionDef) else None)
    if function is None or not all(is_simple(a) for a in node.args) or not all(is_simple(k.value) for k in node.keywords):
        return None
    plan = bind_statically(function.signature, node)
    if plan is None:
        return None
    b = ctx.builder
    class_object = lower_expression(ctx, func.value)
    result = ctx.new_temp(OBJECT)
    direct, generic, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(ctx.call_primitive("class_numbered", [class_object]), direct, generic)
    b.activate(direct)
    values, keywords = lower_arguments(ctx, node)
    called = ctx.new_temp(OBJECT)
    b.emit(Call(called, function.symbol, bound_arguments(ctx, function, plan, values, keywords)))
    b.emit(Assign(result, called))
    b.goto(done)
    b.activate(generic)
    b.emit(Assign(result, attribute_call(ctx, node, func, class_object)))
    b.goto(done)
    b.activate(done)
    return result
