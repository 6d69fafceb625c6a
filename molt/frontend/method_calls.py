"""Method calls on the program's instances (Tier 0): `x.name(args)`.

Where the receiver's class tells which method it is (families.py: self in a method of a
shaped class, or an instance of a range of shaped classes), and the arguments are names,
constants and attributes, the site tests that and calls the method's body directly on
that path (known_methods).

Otherwise the site asks the runtime for the function that x's class has for `name`
(method_cached, wasm_runtime/layout.py; it answers for instances only, from the site's
cache). When that is one of the program's plain methods of this name (a def in a class
body, without decorators, defaults or closure, so that its function object is static),
the site calls its body directly, with the arguments bound here: no bound method and no
argument tuple. Another function is called with the instance before its arguments;
anything else (no instance, an attribute that is not a plain function) takes the generic
path, which looks the attribute up before the arguments are evaluated, as Python does.
"""

from __future__ import annotations

import ast
from typing import Iterator

from molt.frontend.calls import Slot, bind_statically, bound_arguments, call_object_with
from molt.frontend.context import FunctionLowering, Signature, UserFunction
from molt.frontend.expressions import lower_expression
from molt.frontend.families import family_ranges
from molt.frontend.mangling import source_name
from molt.frontend.sites import family_branches, site_cache, static_receiver
from molt.ir.ops import MISSING, Assign, BasicBlock, Binary, Call, Const, Value
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
                # Found under the name it binds (mangled), named by the name it was written with.
                qualname = f"{node.name}.{source_name(stmt)}"
                symbol = f"__main__.{qualname}@{stmt.lineno}:{stmt.col_offset}"
                methods.setdefault(stmt.name, []).append(
                    UserFunction(source_name(stmt), symbol, stmt, Signature.of(stmt.args), -1, qualname))
    return methods


def known_methods(ctx: FunctionLowering, func: ast.Attribute, receiver: Value, call: ast.Call,
                  done: BasicBlock) -> Iterator[tuple[UserFunction, dict[int, Slot]]]:
    """Tests of the receiver's class for the methods that receiver.name is known to be
    for instances of shaped classes (families.py), each with its binding of the call
    (`call` has the receiver as its first argument): yields each with the block for it
    active, which the caller fills (it then goes on to `done`), as family_branches.
    For self in a method of a shaped class whose family all finds the same method, the
    test is the one made on entry; for any other receiver, of its class's number."""
    b = ctx.builder
    self_ = static_receiver(ctx, func.value)
    static = plain_method(ctx, self_.cls.method(func.attr)) if self_ is not None else None
    plan = bind_statically(static.signature, call) if static is not None else None
    if self_ is not None and static is not None and plan is not None:
        hit, miss = b.new_block(), b.new_block()
        b.branch(ctx.call_primitive("slots_valid", [receiver, self_.member]), hit, miss)
        b.activate(hit)
        yield static, plan
        b.goto(done)
        b.activate(miss)
        return
    plans: dict[str, dict[int, Slot]] = {}
    for method in ctx.program.methods.get(func.attr, []):
        method_plan = bind_statically(method.signature, call)
        if method_plan is not None:
            plans[method.symbol] = method_plan
    ranges = family_ranges(ctx.program.shaped, lambda cls: plain_method(ctx, cls.exact_method(func.attr)))
    for method in family_branches(ctx, receiver, func.value, [r for r in ranges if r[2].symbol in plans], done):
        yield method, plans[method.symbol]


def is_simple(node: ast.expr) -> bool:
    """A name, a constant, or an attribute of one: an argument that each path of a call
    site may lower again (no call, no code of its own)."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return isinstance(node, (ast.Name, ast.Constant))


def plain_method(ctx: FunctionLowering, method: ast.FunctionDef | None) -> UserFunction | None:
    """The UserFunction of a plain method's def (one of ctx.program.methods)."""
    if method is None:
        return None
    return next((m for m in ctx.program.methods.get(method.name, []) if m.node is method), None)


def is_plain(method: ast.FunctionDef) -> bool:
    """No decorators, no defaults, and no closure (super() closes over __class__)."""
    if method.decorator_list or method.args.defaults or any(d is not None for d in method.args.kw_defaults):
        return False
    return not any(isinstance(n, ast.Name) and n.id in ("super", "__class__") for n in ast.walk(method))


def cached_method_call(ctx: FunctionLowering, node: ast.Call, func: ast.Attribute, receiver: Value) -> Value:
    b = ctx.builder
    ctx.set_line(func)
    result = ctx.new_temp(OBJECT)
    done = b.new_block()
    with_self = ast.Call(node.func, [ast.Name("self", ast.Load())] + node.args, node.keywords)
    lookup = "method_cached"  # with its fast path inline, unless classes were tested
    if all(is_simple(a) for a in node.args) and all(is_simple(k.value) for k in node.keywords):
        for method, plan in known_methods(ctx, func, receiver, with_self, done):
            values, keywords = lower_arguments(ctx, node)
            call = ctx.new_temp(OBJECT)
            b.emit(Call(call, method.symbol, bound_arguments(ctx, method, plan, [receiver] + values, keywords)))
            b.emit(Assign(result, call))
            lookup = "method_site"
    ctx.set_line(func)
    found = ctx.call_primitive(lookup, [receiver, Const(func.attr, OBJECT), site_cache(ctx)])
    is_found = ctx.new_temp(BOOL)
    b.emit(Binary(is_found, "ne", found, Const(MISSING, OBJECT)))
    # Without a function found, the attribute is looked up now, before the arguments.
    attribute = ctx.new_temp(OBJECT)
    unfound, evaluate = b.new_block(), b.new_block()
    b.emit(Assign(attribute, Const(None, OBJECT)))
    b.branch(is_found, evaluate, unfound)
    b.activate(unfound)
    b.emit(Assign(attribute, ctx.call_primitive("py_getattr", [receiver, Const(func.attr, OBJECT)])))
    b.goto(evaluate)
    b.activate(evaluate)
    values, keywords = lower_arguments(ctx, node)

    generic = b.new_block()
    # Where the receiver's class was tested, what remains are instances with a dict, of
    # changed classes or of other classes: rare, and left to the generic call.
    candidates = ctx.program.methods.get(func.attr, [])[:MAX_DIRECT_CANDIDATES] if lookup == "method_cached" else []
    for method in candidates:
        binding = bind_statically(method.signature, with_self)
        if binding is None:
            continue
        is_it, direct, other = ctx.new_temp(BOOL), b.new_block(), b.new_block()
        b.emit(Binary(is_it, "eq", found, ctx.program.function_constant(method)))
        b.branch(is_it, direct, other)
        b.activate(direct)
        args = bound_arguments(ctx, method, binding, [receiver] + values, keywords)
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


def lower_arguments(ctx: FunctionLowering, node: ast.Call) -> tuple[list[Value], dict[str, Value]]:
    values = [lower_expression(ctx, a) for a in node.args]
    keywords = {k.arg: lower_expression(ctx, k.value) for k in node.keywords if k.arg is not None}
    ctx.set_line(node)
    return values, keywords
