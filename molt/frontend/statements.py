"""Statements: assignment, if, while, for over range(), break/continue, return, def."""

from __future__ import annotations

import ast
from typing import Any, Callable

from molt.frontend.context import BUILTIN_FUNCTIONS, FunctionLowering, Loop, ProgramInfo
from molt.frontend.expressions import BINARY_OPERATORS, OPERATOR_NAMES, binary, lower_expression, truth
from molt.ir.ops import Assign, Binary, Call, Const, Instr, Return, StoreGlobal, Value
from molt.ir.types import BOOL, I32, I64, INT, OBJECT


def lower_statements(ctx: FunctionLowering, body: list[ast.stmt]) -> None:
    for stmt in body:
        lower_statement(ctx, stmt)


def lower_statement(ctx: FunctionLowering, node: ast.stmt) -> None:
    ctx.set_line(node)
    handler = STATEMENTS.get(type(node))
    if handler is None:
        raise ctx.error(node, describe(node))
    handler(ctx, node)


def describe(node: ast.stmt) -> str:
    names = {
        ast.ClassDef: "the class statement", ast.Try: "the try statement", ast.Raise: "the raise statement",
        ast.With: "the with statement", ast.Import: "import", ast.ImportFrom: "import",
        ast.Delete: "the del statement", ast.Assert: "the assert statement", ast.Nonlocal: "nonlocal",
        ast.AsyncFunctionDef: "an async function", ast.AsyncFor: "async for", ast.AsyncWith: "async with",
        ast.Match: "the match statement", ast.TryStar: "try/except*",
    }
    return names.get(type(node), f"the {type(node).__name__} statement")


def store_name(ctx: FunctionLowering, target: ast.expr, value: Value) -> None:
    if not isinstance(target, ast.Name):
        what = "assignment to a tuple" if isinstance(target, (ast.Tuple, ast.List)) else "assignment to anything but a name"
        raise ctx.error(target, what)
    name = target.id
    if name in ctx.program.functions:
        raise ctx.error(target, "rebinding a function's name")
    if ctx.is_local(name):
        ctx.builder.emit(Assign(ctx.local_register(name), value))
        return
    if name in BUILTIN_FUNCTIONS:
        raise ctx.error(target, f"rebinding the builtin '{name}'")
    ctx.builder.emit(StoreGlobal(ctx.program.global_symbol(name), value))


def lower_assign(ctx: FunctionLowering, node: ast.Assign) -> None:
    value = lower_expression(ctx, node.value)
    ctx.set_line(node)
    for target in node.targets:
        store_name(ctx, target, value)


def lower_annassign(ctx: FunctionLowering, node: ast.AnnAssign) -> None:
    # Annotations are not evaluated for locals, and module annotations are only recorded
    # in __annotations__, which nothing in the subset reads.
    if node.value is not None:
        value = lower_expression(ctx, node.value)
        ctx.set_line(node)
        store_name(ctx, node.target, value)
    elif not isinstance(node.target, ast.Name):
        raise ctx.error(node.target, "annotating anything but a name")


def lower_augassign(ctx: FunctionLowering, node: ast.AugAssign) -> None:
    op = BINARY_OPERATORS.get(type(node.op))
    if op is None:
        raise ctx.error(node, OPERATOR_NAMES.get(type(node.op), type(node.op).__name__))
    if not isinstance(node.target, ast.Name):
        raise ctx.error(node.target, "augmented assignment to anything but a name")
    current = lower_expression(ctx, ast.copy_location(ast.Name(node.target.id, ast.Load()), node.target))
    value = lower_expression(ctx, node.value)
    ctx.set_line(node)
    store_name(ctx, node.target, binary(ctx, op, current, value))


def lower_expr_statement(ctx: FunctionLowering, node: ast.Expr) -> None:
    if isinstance(node.value, ast.Constant):
        return  # a docstring or a bare constant does nothing
    lower_expression(ctx, node.value)


def lower_pass(ctx: FunctionLowering, node: ast.Pass) -> None:
    pass


def lower_if(ctx: FunctionLowering, node: ast.If) -> None:
    b = ctx.builder
    then, after = b.new_block(), b.new_block()
    otherwise = b.new_block() if node.orelse else after
    b.branch(truth(ctx, lower_expression(ctx, node.test)), then, otherwise)
    b.activate(then)
    lower_statements(ctx, node.body)
    b.goto(after)
    if node.orelse:
        b.activate(otherwise)
        lower_statements(ctx, node.orelse)
        b.goto(after)
    b.activate(after)


def lower_while(ctx: FunctionLowering, node: ast.While) -> None:
    b = ctx.builder
    head, body, after = b.new_block(), b.new_block(), b.new_block()
    orelse = b.new_block() if node.orelse else after
    b.goto(head)
    b.activate(head)
    ctx.set_line(node)
    b.branch(truth(ctx, lower_expression(ctx, node.test)), body, orelse)
    b.activate(body)
    ctx.loops.append(Loop(head, after))
    lower_statements(ctx, node.body)
    ctx.loops.pop()
    b.goto(head)
    if node.orelse:
        b.activate(orelse)
        lower_statements(ctx, node.orelse)
        b.goto(after)
    b.activate(after)


def range_arguments(ctx: FunctionLowering, node: ast.For) -> tuple[Value, Value, Value, int | None] | None:
    """(start, stop, step, constant step or None) of `for x in range(...)`, as unboxed ints."""
    call = node.iter
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "range"
            and "range" not in ctx.program.globals and "range" not in ctx.program.functions
            and not ctx.is_local("range")):
        return None
    if call.keywords:
        raise ctx.error(call, "a keyword argument to range()")
    if not 1 <= len(call.args) <= 3:
        raise ctx.error(call, f"range() with {len(call.args)} arguments")
    values = [lower_expression(ctx, a) for a in call.args]
    ctx.set_line(call)
    ints = [ctx.call_primitive("range_index", [v]) for v in values]
    if len(ints) == 1:
        return Const(0, I64), ints[0], Const(1, I64), 1
    step_node = call.args[2] if len(call.args) == 3 else None
    constant_step = 1
    if step_node is not None:
        constant_step = constant_int(step_node)  # type: ignore[assignment]
    step = ints[2] if len(ints) == 3 else Const(1, I64)
    if constant_step == 0:
        ctx.raise_now("raise_range_step_zero", [])
    elif constant_step is None:
        zero = ctx.new_temp(BOOL)
        ctx.builder.emit(Binary(zero, "eq", step, Const(0, I64)))
        ctx.raise_if(zero, "raise_range_step_zero", [])
    return ints[0], ints[1], step, constant_step


def constant_int(node: ast.expr) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and not isinstance(node.value, bool):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = constant_int(node.operand)
        return -inner if inner is not None else None
    return None


def lower_for(ctx: FunctionLowering, node: ast.For) -> None:
    """`for x in range(start, stop, step)` counts in a machine int; x gets each value.

    The bounds are small ints (range_index refuses others), so the counter never leaves
    the small-int range by more than one step, which an i64 holds: the loop needs no
    overflow checks, and every value it gives x is a small int."""
    arguments = range_arguments(ctx, node)
    if arguments is None:
        raise ctx.error(node.iter, "a for loop over anything but range()", "iterables come with the object model")
    start, stop, step, constant_step = arguments
    b = ctx.builder
    counter, limit, stride = ctx.new_temp(I64), ctx.new_temp(I64), ctx.new_temp(I64)
    for reg, value in ((counter, start), (limit, stop), (stride, step)):
        b.emit(Assign(reg, value))
    head, body, increment, after = b.new_block(), b.new_block(), b.new_block(), b.new_block()
    orelse = b.new_block() if node.orelse else after
    b.goto(head)
    b.activate(head)
    more = ctx.new_temp(I32)
    if constant_step is not None:
        b.emit(Binary(more, "lt" if constant_step > 0 else "gt", counter, limit))
    else:
        up, down = ctx.new_temp(I32), ctx.new_temp(I32)
        b.emit(Binary(up, "lt", counter, limit))
        b.emit(Binary(down, "gt", counter, limit))
        positive = ctx.new_temp(I32)
        b.emit(Binary(positive, "gt", stride, Const(0, I64)))
        b.emit(Instr(more, "select", [up, down, positive]))
    b.branch(more, body, orelse)
    b.activate(body)
    value = ctx.new_temp(INT)
    b.emit(Instr(value, "nop", [counter]))
    store_name(ctx, node.target, value)
    ctx.loops.append(Loop(increment, after))
    lower_statements(ctx, node.body)
    ctx.loops.pop()
    b.goto(increment)
    b.activate(increment)
    b.emit(Binary(counter, "add", counter, stride))
    b.goto(head)
    if node.orelse:
        b.activate(orelse)
        lower_statements(ctx, node.orelse)
        b.goto(after)
    b.activate(after)


def lower_break(ctx: FunctionLowering, node: ast.Break) -> None:
    ctx.builder.goto(ctx.loops[-1].break_target)


def lower_continue(ctx: FunctionLowering, node: ast.Continue) -> None:
    ctx.builder.goto(ctx.loops[-1].continue_target)


def lower_return(ctx: FunctionLowering, node: ast.Return) -> None:
    value = lower_expression(ctx, node.value) if node.value is not None else Const(None, OBJECT)
    ctx.set_line(node)
    ctx.builder.emit(Return(value))


def lower_global(ctx: FunctionLowering, node: ast.Global) -> None:
    for name in node.names:
        if name in ctx.program.functions:
            raise ctx.error(node, "declaring a function's name global")
        ctx.program.global_symbol(name)


def lower_function_def(ctx: FunctionLowering, node: ast.FunctionDef) -> None:
    """At run time a def only marks its function as defined; the body is compiled apart."""
    function = ctx.program.functions.get(node.name)
    if ctx.function is not None or function is None or function.node is not node:
        raise ctx.error(node, "a def that is not at the top level of the program",
                        "nested functions come with closures")
    ctx.builder.emit(StoreGlobal(ProgramInfo.defined_flag(function), Const(1, I32)))


STATEMENTS: dict[type, Callable[[FunctionLowering, Any], None]] = {
    ast.Assign: lower_assign,
    ast.AnnAssign: lower_annassign,
    ast.AugAssign: lower_augassign,
    ast.Expr: lower_expr_statement,
    ast.Pass: lower_pass,
    ast.If: lower_if,
    ast.While: lower_while,
    ast.For: lower_for,
    ast.Break: lower_break,
    ast.Continue: lower_continue,
    ast.Return: lower_return,
    ast.Global: lower_global,
    ast.FunctionDef: lower_function_def,
}

__all__ = ["lower_statements", "Call"]
