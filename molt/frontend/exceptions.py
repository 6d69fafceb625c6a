"""try/except/else/finally, raise and assert.

A try body's blocks carry a handler (BasicBlock.handler): the exception pass sends what
they raise there. A handler block takes the exception (exc_fetch, which also marks it as
being handled, so that an exception raised meanwhile gets it as __context__) and tries the
except clauses in order; when none matches, it raises the exception again. Code that
leaves an except clause or a finally body by an exception goes through a cleanup block
that ends the handling and lets the exception go on (exc_unwind). return, break and
continue run the exits of the try blocks they leave (statements.leave_blocks).
"""

from __future__ import annotations

import ast
from typing import Callable

from molt.frontend.context import FunctionLowering, TryExit
from molt.frontend.expressions import lower_expression, truth
from molt.frontend.statements import end_handling, lower_statements, store_name
from molt.ir.ops import MISSING, BasicBlock, Call, Const, Unreachable, Value
from molt.ir.types import OBJECT


def lower_try(ctx: FunctionLowering, node: ast.Try) -> None:
    if node.finalbody:
        body = (lambda: try_except(ctx, node)) if node.handlers else (lambda: lower_statements(ctx, node.body))
        try_finally(ctx, node.finalbody, body)
    else:
        try_except(ctx, node)


def protected(ctx: FunctionLowering, handler: BasicBlock, body: Callable[[], None]) -> None:
    """Lower body with its exceptions going to handler."""
    outer = ctx.builder.handler
    ctx.switch_handler(handler)
    body()
    ctx.switch_handler(outer)


def try_except(ctx: FunctionLowering, node: ast.Try) -> None:
    b = ctx.builder
    outer = b.handler
    dispatch = b.new_block()
    protected(ctx, dispatch, lambda: lower_statements(ctx, node.body))
    lower_statements(ctx, node.orelse)
    after = b.new_block()
    b.goto(after)

    b.activate(dispatch)
    exception = ctx.call_primitive("exc_fetch", [])
    cleanup = b.new_block()
    ctx.switch_handler(cleanup)
    for clause in node.handlers:
        no_match = None
        if clause.type is not None:
            ctx.set_line(clause.type)
            matched = ctx.call_primitive("exc_matches", [exception, lower_expression(ctx, clause.type)])
            match, no_match = b.new_block(), b.new_block()
            b.branch(matched, match, no_match)
            b.activate(match)
        if clause.name is not None:
            store_name(ctx, ast.Name(clause.name, ast.Store()), exception)
        ctx.exits.append(TryExit(outer, name=clause.name))
        lower_statements(ctx, clause.body)
        ctx.exits.pop()
        if not b.terminated:
            end_handling(ctx, clause.name)
            b.goto(after)
        if no_match is None:
            break  # a bare except: catches everything (CPython requires it last)
        b.activate(no_match)
    # No clause matched: the exception goes on, with its traceback.
    handler_end(ctx, outer, exception, cleanup, after)


def try_finally(ctx: FunctionLowering, final_body: list[ast.stmt], body: Callable[[], None]) -> None:
    b = ctx.builder
    outer = b.handler
    on_exception = b.new_block()
    ctx.exits.append(TryExit(outer, finally_body=final_body))
    protected(ctx, on_exception, body)
    ctx.exits.pop()
    lower_statements(ctx, final_body)
    after = b.new_block()
    b.goto(after)

    # The finally body on the way of an exception, which is being handled meanwhile.
    b.activate(on_exception)
    exception = ctx.call_primitive("exc_fetch", [])
    cleanup = b.new_block()
    ctx.switch_handler(cleanup)
    ctx.exits.append(TryExit(outer))
    lower_statements(ctx, final_body)
    ctx.exits.pop()
    handler_end(ctx, outer, exception, cleanup, after)


def handler_end(ctx: FunctionLowering, outer: BasicBlock | None, exception: Value, cleanup: BasicBlock,
                after: BasicBlock) -> None:
    """The end of a handler that did not leave: the exception it handles goes on to the
    outer handler, then its cleanup block, and code goes on after the try."""
    b = ctx.builder
    if not b.terminated:
        ctx.switch_handler(outer)
        b.emit(Call(None, "exc_handled_pop", []))
        reraise(ctx, "exc_reraise", [exception])
    b.handler = outer
    unwind_from(ctx, cleanup)
    b.activate(after)


def unwind_from(ctx: FunctionLowering, cleanup: BasicBlock) -> None:
    """The cleanup block of a handler: an exception raised inside it ends the handling of
    the one it handled and goes on."""
    ctx.builder.activate(cleanup)
    ctx.builder.emit(Call(None, "exc_handled_pop", []))
    reraise(ctx, "exc_unwind", [])


def reraise(ctx: FunctionLowering, primitive: str, args: list[Value]) -> None:
    ctx.builder.emit(Call(ctx.new_temp(), primitive, args))
    ctx.builder.emit(Unreachable())


def lower_raise(ctx: FunctionLowering, node: ast.Raise) -> None:
    if node.exc is None:
        ctx.set_line(node)
        reraise(ctx, "exc_reraise_handled", [])
        return
    exception = lower_expression(ctx, node.exc)
    cause: Value = Const(MISSING, OBJECT) if node.cause is None else lower_expression(ctx, node.cause)
    ctx.set_line(node)
    ctx.raise_now("raise_object", [exception, cause])


def lower_assert(ctx: FunctionLowering, node: ast.Assert) -> None:
    b = ctx.builder
    holds = truth(ctx, lower_expression(ctx, node.test))
    fails, ok = b.new_block(), b.new_block()
    b.branch(holds, ok, fails)
    b.activate(fails)
    message: Value = Const(MISSING, OBJECT) if node.msg is None else lower_expression(ctx, node.msg)
    ctx.set_line(node)
    ctx.raise_now("raise_assertion", [message])
    b.activate(ok)
