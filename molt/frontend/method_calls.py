"""Method calls on the program's instances (Tier 0): `x.name(args)` with a site cache.

The site asks the runtime for the function that x's class has for `name` (method_cached,
wasm_runtime/layout.py; it answers for instances only, from the site's cache). When that
is one of the program's plain methods of this name (a def in a class body, without
decorators, defaults or closure, so that its function object is static), the site calls
its body directly, with the arguments bound here: no bound method and no argument tuple.
Another function is called with the instance before its arguments; anything else (no
instance, an attribute that is not a plain function) takes the generic path, which looks
the attribute up before the arguments are evaluated, as Python does.
"""

from __future__ import annotations

import ast

from molt.frontend.context import FunctionLowering, Signature, UserFunction
from molt.frontend.expressions import lower_expression
from molt.frontend.sites import site_cache
from molt.ir.ops import MISSING, Assign, Binary, Call, Const, Value
from molt.ir.types import BOOL, OBJECT

# A call site compares the function found with this many candidates at most.
MAX_DIRECT_CANDIDATES = 8


def plain_methods(tree: ast.Module) -> dict[str, list[UserFunction]]:
    """The methods of the program's top-level classes whose function objects are static,
    by name (the symbols are those nested_function gives them)."""
    methods: dict[str, list[UserFunction]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for stmt in node.body:
            if isinstance(stmt, ast.FunctionDef) and is_plain(stmt):
                qualname = f"{node.name}.{stmt.name}"
                symbol = f"__main__.{qualname}@{stmt.lineno}:{stmt.col_offset}"
                methods.setdefault(stmt.name, []).append(
                    UserFunction(stmt.name, symbol, stmt, Signature.of(stmt.args), -1, qualname))
    return methods


def is_plain(method: ast.FunctionDef) -> bool:
    """No decorators, no defaults, and no closure (super() closes over __class__)."""
    if method.decorator_list or method.args.defaults or any(d is not None for d in method.args.kw_defaults):
        return False
    return not any(isinstance(n, ast.Name) and n.id in ("super", "__class__") for n in ast.walk(method))


def cached_method_call(ctx: FunctionLowering, node: ast.Call, func: ast.Attribute, receiver: Value) -> Value:
    from molt.frontend.calls import bind_statically, bound_arguments, call_object_with

    b = ctx.builder
    ctx.set_line(func)
    found = ctx.call_primitive("method_cached", [receiver, Const(func.attr, OBJECT), site_cache(ctx)])
    is_found = ctx.new_temp(BOOL)
    b.emit(Binary(is_found, "ne", found, Const(MISSING, OBJECT)))
    # Without a function found, the attribute is looked up now, before the arguments.
    attribute = ctx.new_temp(OBJECT)
    lookup, evaluate = b.new_block(), b.new_block()
    b.emit(Assign(attribute, Const(None, OBJECT)))
    b.branch(is_found, evaluate, lookup)
    b.activate(lookup)
    b.emit(Assign(attribute, ctx.call_primitive("py_getattr", [receiver, Const(func.attr, OBJECT)])))
    b.goto(evaluate)
    b.activate(evaluate)
    values = [lower_expression(ctx, a) for a in node.args]
    keywords = {k.arg: lower_expression(ctx, k.value) for k in node.keywords if k.arg is not None}
    ctx.set_line(node)

    result = ctx.new_temp(OBJECT)
    done, generic = b.new_block(), b.new_block()
    with_self = ast.Call(node.func, [ast.Name("self", ast.Load())] + node.args, node.keywords)
    for method in ctx.program.methods.get(func.attr, [])[:MAX_DIRECT_CANDIDATES]:
        plan = bind_statically(method.signature, with_self)
        if plan is None:
            continue
        is_it, direct, other = ctx.new_temp(BOOL), b.new_block(), b.new_block()
        b.emit(Binary(is_it, "eq", found, ctx.program.function_constant(method)))
        b.branch(is_it, direct, other)
        b.activate(direct)
        args = bound_arguments(ctx, method, plan, [receiver] + values, keywords)
        call = ctx.new_temp(OBJECT)
        b.emit(Call(call, method.symbol, args))
        b.emit(Assign(result, call))
        b.goto(done)
        b.activate(other)
    b.goto(generic)

    b.activate(generic)
    other_function, unbound = b.new_block(), b.new_block()
    b.branch(is_found, other_function, unbound)
    b.activate(other_function)
    # A function of the class that is none of the candidates: called with the instance.
    bound_method = ctx.call_primitive("method_new", [found, receiver])
    b.emit(Assign(result, call_object_with(ctx, node, bound_method, values, keywords)))
    b.goto(done)
    b.activate(unbound)
    b.emit(Assign(result, call_object_with(ctx, node, attribute, values, keywords)))
    b.goto(done)
    b.activate(done)
    return result
