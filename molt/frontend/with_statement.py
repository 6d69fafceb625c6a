"""The with statement (PEP 343), built on the handlers of exceptions.py.

`with EXPR as TARGET: BODY` runs as CPython 3.11 runs it:

    manager = EXPR
    enter = type(manager).__enter__     # TypeError when the type has none,
    exit = type(manager).__exit__       # then when it has no __exit__
    value = enter(manager)
    try:
        TARGET = value
        BODY
    except BaseException as e:          # BODY's handler (a block handler, like try's)
        if not exit(manager, type(e), e, None):
            raise                       # the same exception, its traceback going on
    else:                               # also on return, break or continue out of BODY
        exit(manager, None, None, None)

Molt has no traceback objects: __exit__ gets None where CPython passes the traceback.
`with a as x, b as y: BODY` is `with a as x: with b as y: BODY`. The lookups, the
__enter__ call and every __exit__ call are at the with statement's line, as in CPython
3.11 (a traceback through an __exit__ call names that line).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Callable

from molt.frontend.containers import build_tuple
from molt.frontend.context import EXCEPTION_TYPES, FunctionLowering, TryExit
from molt.frontend.exceptions import protected, reraise, unwind_from
from molt.frontend.expressions import lower_expression, truth
from molt.frontend.statements import lower_statements, store_target
from molt.ir.ops import MISSING, Assign, BasicBlock, Call, Const, Value
from molt.ir.types import I32, OBJECT

# TYPE_FUNCTION of wasm_runtime/values.py: the attributes that special method lookup binds.
FUNCTION_TYPE_CODE = 12
NO_PROTOCOL = "' object does not support the context manager protocol"


@dataclass
class EnteredManager:
    """A with item's manager, entered, and the __exit__ attribute of its type."""

    manager: Value
    exit: Value
    line: int  # the with statement's


def lower_with(ctx: FunctionLowering, node: ast.With) -> None:
    with_items(ctx, node, node.items)


def with_items(ctx: FunctionLowering, node: ast.With, items: list[ast.withitem]) -> None:
    """The first item around the others, the innermost around the body."""
    item, rest = items[0], items[1:]
    manager = lower_expression(ctx, item.context_expr)
    ctx.set_line(node)
    entered, value = enter(ctx, manager, node.lineno)

    def body() -> None:
        if item.optional_vars is not None:
            ctx.set_line(item.optional_vars)
            store_target(ctx, item.optional_vars, value)
        if rest:
            with_items(ctx, node, rest)
        else:
            lower_statements(ctx, node.body)

    exit_on_the_way_out(ctx, entered, body)


def enter(ctx: FunctionLowering, manager: Value, line: int) -> tuple[EnteredManager, Value]:
    """CPython's BEFORE_WITH: both lookups (on the type, not the instance), then __enter__."""
    manager_type = ctx.call_primitive("py_type", [manager])
    enter_method = special_method(ctx, manager_type, "__enter__", NO_PROTOCOL)
    exit_method = special_method(ctx, manager_type, "__exit__", NO_PROTOCOL + " (missed __exit__ method)")
    value = call_special(ctx, enter_method, manager, [])
    return EnteredManager(manager, exit_method, line), value


def exit_on_the_way_out(ctx: FunctionLowering, entered: EnteredManager, body: Callable[[], None]) -> None:
    """body, then __exit__ whichever way it is left: as try_finally, but on an exception
    __exit__ learns of it and may swallow it."""
    b = ctx.builder
    outer = b.handler
    on_exception = b.new_block()
    ctx.exits.append(TryExit(outer, leave=lambda: exit_cleanly(ctx, entered)))
    protected(ctx, on_exception, body)
    ctx.exits.pop()
    after = b.new_block()
    if not b.terminated:
        exit_cleanly(ctx, entered)
        b.goto(after)

    b.activate(on_exception)
    exit_with_exception(ctx, entered, outer, after)
    b.activate(after)


def exit_cleanly(ctx: FunctionLowering, entered: EnteredManager) -> None:
    """exit(manager, None, None, None): the body ended, or return/break/continue left it."""
    ctx.builder.line = entered.line
    none = Const(None, OBJECT)
    call_special(ctx, entered.exit, entered.manager, [none, none, none])


def exit_with_exception(ctx: FunctionLowering, entered: EnteredManager, outer: BasicBlock | None,
                        after: BasicBlock) -> None:
    """The body's handler: `if not exit(manager, type(e), e, None): raise`. The exception
    is being handled during the call, so one __exit__ raises gets it as __context__."""
    b = ctx.builder
    exception = ctx.call_primitive("exc_fetch", [])
    cleanup = b.new_block()
    ctx.switch_handler(cleanup)
    b.line = entered.line
    exception_type = ctx.call_primitive("py_type", [exception])
    # No traceback object to give: None (see the module docstring).
    swallow = call_special(ctx, entered.exit, entered.manager, [exception_type, exception, Const(None, OBJECT)])
    swallowed, propagates = b.new_block(), b.new_block()
    b.branch(truth(ctx, swallow), swallowed, propagates)
    b.activate(swallowed)
    b.emit(Call(None, "exc_handled_pop", []))
    b.goto(after)
    b.activate(propagates)
    ctx.switch_handler(outer)
    b.emit(Call(None, "exc_handled_pop", []))
    reraise(ctx, "exc_reraise", [exception])
    b.handler = outer
    unwind_from(ctx, cleanup)


def special_method(ctx: FunctionLowering, manager_type: Value, name: str, message_tail: str) -> Value:
    """type(manager).<name>, or CPython's TypeError when the type has no such attribute."""
    b = ctx.builder
    line = b.line
    method = ctx.new_temp()
    missing = b.new_block()

    def look_up() -> None:
        b.emit(Assign(method, lookup(ctx, manager_type, name)))

    protected(ctx, missing, look_up)
    found = b.current
    assert found is not None  # protected() goes on in a new open block
    b.activate(missing)
    b.line = line
    raise_for_missing(ctx, manager_type, message_tail)
    b.activate(found)
    return method


def raise_for_missing(ctx: FunctionLowering, manager_type: Value, message_tail: str) -> None:
    """The lookup's handler: its AttributeError becomes the TypeError "'T' object does not
    support the context manager protocol"."""
    b = ctx.builder
    error = ctx.call_primitive("exc_fetch", [])
    # Handled no more: the TypeError raised instead has no __context__, as in CPython.
    b.emit(Call(None, "exc_handled_pop", []))
    attribute_error = ctx.call_primitive("type_object", [Const(EXCEPTION_TYPES["AttributeError"], I32)])
    absent, other = b.new_block(), b.new_block()
    b.branch(ctx.call_primitive("exc_matches", [error, attribute_error]), absent, other)
    # Looking up a type's attribute fails otherwise only for want of memory: that goes on.
    b.activate(other)
    reraise(ctx, "exc_reraise", [error])
    b.activate(absent)
    raise_no_protocol(ctx, manager_type, message_tail)


def lookup(ctx: FunctionLowering, owner: Value, name: str) -> Value:
    return ctx.call_primitive("py_getattr", [owner, Const(name, OBJECT)])


def raise_no_protocol(ctx: FunctionLowering, manager_type: Value, message_tail: str) -> None:
    """raise TypeError("'" + type(manager).__name__ + message_tail)"""
    type_name = lookup(ctx, manager_type, "__name__")
    head = ctx.call_primitive("py_add", [Const("'", OBJECT), type_name])
    message = ctx.call_primitive("py_add", [head, Const(message_tail, OBJECT)])
    type_error = ctx.call_primitive("type_object", [Const(EXCEPTION_TYPES["TypeError"], I32)])
    exception = ctx.call_primitive("py_call", [type_error, build_tuple(ctx, [message])])
    ctx.raise_now("raise_object", [exception, Const(MISSING, OBJECT)])


def call_special(ctx: FunctionLowering, method: Value, manager: Value, args: list[Value]) -> Value:
    """method(*args) bound to the manager as CPython's special method lookup binds it: a
    function gets the manager first (as instance attribute lookup binds it), any other
    attribute of the type (a class, say) is called as it is."""
    b = ctx.builder
    result = ctx.new_temp()
    is_function = ctx.call_primitive("isinstance_code", [method, Const(FUNCTION_TYPE_CODE, I32)])
    bound, plain, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(is_function, bound, plain)
    for block, arguments in ((bound, [manager] + args), (plain, args)):
        b.activate(block)
        b.emit(Assign(result, ctx.call_primitive("py_call", [method, build_tuple(ctx, arguments)])))
        b.goto(done)
    b.activate(done)
    return result
