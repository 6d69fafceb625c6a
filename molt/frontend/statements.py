"""Statements: assignment, if, while, for over range(), break/continue, return, def."""

from __future__ import annotations

import ast
import contextlib
from typing import Any, Callable, Iterator

from molt.frontend.context import BUILTIN_FUNCTIONS, FunctionLowering, Loop, ProgramInfo
from molt.frontend.containers import check_assignable, lower_index
from molt.frontend.expressions import BINARY_OPERATORS, OPERATOR_NAMES, binary, lower_expression, truth
from molt.frontend.sites import load_attribute, static_receiver, store_attribute
from molt.ir.builder import IRBuilder
from molt.ir.ops import STOP, UNBOUND, Assign, Binary, Call, Const, Frame, Instr, Register, Return, StoreGlobal, Value
from molt.ir.types import BOOL, I32, I64, INT, OBJECT


def lower_statements(ctx: FunctionLowering, body: list[ast.stmt]) -> None:
    b = ctx.builder
    for stmt in body:
        if b.handler is not None and b.current is not None and b.current.ops:
            # Inside a try, each statement starts a block: the handler edge leaves from a
            # block's entry, and no statement's assignments are visible before it ends.
            ctx.continue_in_new_block()
        lower_statement(ctx, stmt)


def lower_statement(ctx: FunctionLowering, node: ast.stmt) -> None:
    ctx.set_line(node)
    handler = STATEMENTS.get(type(node))
    if handler is None:
        raise ctx.error(node, describe(node))
    handler(ctx, node)


def describe(node: ast.stmt) -> str:
    names = {
        ast.ClassDef: "the class statement",
        ast.Delete: "the del statement",
        ast.AsyncFunctionDef: "an async function", ast.AsyncFor: "async for", ast.AsyncWith: "async with",
        ast.TryStar: "try/except*",
    }
    return names.get(type(node), f"the {type(node).__name__} statement")


def store_name(ctx: FunctionLowering, target: ast.Name, value: Value) -> None:
    name = target.id
    if ctx.is_local(name):
        register = ctx.local_register(name)
        ctx.builder.emit(Assign(register, value))
        if name in ctx.class_numbers and not any(name in scope for scope in ctx.comprehension_locals):
            ctx.builder.emit(Assign(ctx.class_numbers[name], ctx.call_primitive("numbered_now", [register])))
        return
    if ctx.is_cell(name):
        from molt.frontend.functions import write_cell

        write_cell(ctx, name, value)
        return
    if name in ctx.program.functions:
        raise ctx.error(target, "rebinding a function's name")
    ctx.builder.emit(StoreGlobal(ctx.program.global_symbol(name), value))


def store_target(ctx: FunctionLowering, target: ast.expr, value: Value) -> None:
    """Assign value to a target: a name, x[k], or a (possibly starred) unpacking."""
    if isinstance(target, ast.Name):
        store_name(ctx, target, value)
    elif isinstance(target, ast.Subscript):
        container = lower_expression(ctx, target.value)
        key = lower_index(ctx, target.slice)
        ctx.set_line(target)
        ctx.builder.emit(Call(None, "py_setitem", [container, key, value]))
    elif isinstance(target, (ast.Tuple, ast.List)):
        unpack(ctx, target.elts, value, target)
    elif isinstance(target, ast.Attribute):
        check_assignable(ctx, target, target.attr)
        owner = lower_expression(ctx, target.value)
        ctx.set_line(target)
        store_attribute(ctx, owner, target.attr, value, target.value)
    else:
        raise ctx.error(target, "assignment to this target")


def unpack(ctx: FunctionLowering, targets: list[ast.expr], value: Value, node: ast.AST) -> None:
    """a, b = value and a, *b, c = value, with CPython's ValueErrors for a wrong count."""
    stars = [i for i, t in enumerate(targets) if isinstance(t, ast.Starred)]
    if len(stars) > 1:
        raise ctx.error(node, "more than one starred target")  # CPython refuses it too
    ctx.set_line(node)
    if stars:
        before = stars[0]
        after = len(targets) - before - 1
        items = ctx.call_primitive("unpack_starred", [value, Const(before, I32), Const(after, I32)])
    else:
        items = ctx.call_primitive("unpack_sequence", [value, Const(len(targets), I32)])
    for i, target in enumerate(targets):
        item = ctx.call_primitive("tuple_get", [items, Const(i, I32)])
        store_target(ctx, target.value if isinstance(target, ast.Starred) else target, item)


def lower_assign(ctx: FunctionLowering, node: ast.Assign) -> None:
    if (len(node.targets) == 1 and isinstance(node.targets[0], (ast.Tuple, ast.List))
            and isinstance(node.value, (ast.Tuple, ast.List))
            and len(node.targets[0].elts) == len(node.value.elts)
            and not any(isinstance(e, ast.Starred) for e in node.targets[0].elts + node.value.elts)):
        # a, b = b, a: every value first, then the stores; no tuple is built.
        values = [lower_expression(ctx, e) for e in node.value.elts]
        ctx.set_line(node)
        for target, value in zip(node.targets[0].elts, values):
            store_target(ctx, target, value)
        return
    value = lower_expression(ctx, node.value)
    ctx.set_line(node)
    for target in node.targets:
        store_target(ctx, target, value)


def lower_annassign(ctx: FunctionLowering, node: ast.AnnAssign) -> None:
    # Annotations are not evaluated for locals, and module annotations are only recorded
    # in __annotations__, which nothing in the subset reads.
    if node.value is not None:
        value = lower_expression(ctx, node.value)
        ctx.set_line(node)
        store_target(ctx, node.target, value)
    elif not isinstance(node.target, ast.Name):
        raise ctx.error(node.target, "annotating anything but a name")


def lower_augassign(ctx: FunctionLowering, node: ast.AugAssign) -> None:
    op = BINARY_OPERATORS.get(type(node.op))
    if op is None:
        raise ctx.error(node, OPERATOR_NAMES.get(type(node.op), type(node.op).__name__))
    target = node.target
    if isinstance(target, ast.Subscript):
        # x[k] += v evaluates x and k once.
        container = lower_expression(ctx, target.value)
        key = lower_index(ctx, target.slice)
        ctx.set_line(node)
        current: Value = ctx.call_primitive("py_getitem", [container, key])
        value = lower_expression(ctx, node.value)
        ctx.set_line(node)
        result = inplace(ctx, op, current, value)
        ctx.builder.emit(Call(None, "py_setitem", [container, key, result]))
        return
    if isinstance(target, ast.Attribute):
        # x.a += v evaluates x once.
        check_assignable(ctx, target, target.attr)
        if slot_increment(ctx, node, target):
            return
        owner = lower_expression(ctx, target.value)
        ctx.set_line(node)
        current = load_attribute(ctx, owner, target.attr, target.value)
        value = lower_expression(ctx, node.value)
        ctx.set_line(node)
        result = inplace(ctx, op, current, value)
        store_attribute(ctx, owner, target.attr, result, target.value)
        return
    if not isinstance(target, ast.Name):
        raise ctx.error(target, "augmented assignment to this target")
    current_value = lower_expression(ctx, ast.copy_location(ast.Name(target.id, ast.Load()), target))
    operand = lower_expression(ctx, node.value)
    ctx.set_line(node)
    store_name(ctx, target, inplace(ctx, op, current_value, operand))


def slot_increment(ctx: FunctionLowering, node: ast.AugAssign, target: ast.Attribute) -> bool:
    """`self.x += k` (or -= k) for a slot of self's layout and a small int constant k: the
    slot's small int changes in place (wasm_runtime/slot_arithmetic.py)."""
    receiver = static_receiver(ctx, target.value)
    offset = receiver.cls.slot_offset(target.attr) if receiver is not None else None
    value = node.value
    if receiver is None or offset is None or not isinstance(node.op, (ast.Add, ast.Sub)):
        return False
    if not (isinstance(value, ast.Constant) and type(value.value) is int and abs(value.value) < 1 << 40):
        return False
    owner = lower_expression(ctx, target.value)
    ctx.set_line(node)
    subtract = Const(int(isinstance(node.op, ast.Sub)), I32)
    ctx.builder.emit(Call(None, "attr_iadd_static", [owner, Const(target.attr, OBJECT), Const(value.value, I64),
                                                     subtract, receiver.member, Const(offset, I32)]))
    return True


def inplace(ctx: FunctionLowering, op: str, current: Value, value: Value) -> Value:
    """x op= v (PyBinary "op="): lists, sets and dicts update themselves in place (so that
    other names for them see the change); everything else is x = x op v."""
    return binary(ctx, op + "=", current, value)



def lower_expr_statement(ctx: FunctionLowering, node: ast.Expr) -> None:
    if isinstance(node.value, ast.Constant):
        return  # a docstring or a bare constant does nothing
    lower_expression(ctx, node.value)


def lower_pass(ctx: FunctionLowering, node: ast.Pass) -> None:
    pass


def lower_if(ctx: FunctionLowering, node: ast.If) -> None:
    from molt.frontend.modules import never_runs

    if never_runs(ctx, node):
        lower_statements(ctx, node.orelse)
        return
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
    ctx.loops.append(Loop(head, after, len(ctx.exits)))
    lower_statements(ctx, node.body)
    ctx.loops.pop()
    b.goto(head)
    if node.orelse:
        b.activate(orelse)
        lower_statements(ctx, node.orelse)
        b.goto(after)
    b.activate(after)


def range_arguments(ctx: FunctionLowering, call: ast.expr) -> tuple[Value, Value, Value, int | None] | None:
    """(start, stop, step, constant step or None) of `for x in range(...)`, as machine ints."""
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
    lower_for_each(ctx, node.target, node.iter, lambda: lower_statements(ctx, node.body), node.orelse)


def lower_for_each(ctx: FunctionLowering, target: ast.expr, iterable: ast.expr, body: Callable[[], None],
                   orelse: list[ast.stmt] | None, frame: Frame | None = None) -> None:
    """A for loop (or a comprehension's): over range() it counts, over anything else it
    asks an iterator for items until it is exhausted. A comprehension's outermost loop is
    the code of its `frame`, but for the iterable, which its caller evaluates."""
    arguments = range_arguments(ctx, iterable) if isinstance(target, ast.Name) else None
    if arguments is not None:
        assert isinstance(target, ast.Name)
        lower_range_loop(ctx, target, arguments, body, orelse, frame)
        return
    source = lower_expression(ctx, iterable)
    ctx.set_line(iterable)

    def each(item: Value) -> None:
        store_target(ctx, target, item)
        body()

    iterate(ctx, source, each, orelse, frame)


def inner_frames(b: IRBuilder, frame: Frame | None) -> tuple[Frame, ...]:
    return b.frames + (frame,) if frame is not None else b.frames


@contextlib.contextmanager
def frames_of_blocks(b: IRBuilder, frames: tuple[Frame, ...]) -> Iterator[None]:
    """The blocks made inside are code of these frames."""
    outer, b.frames = b.frames, frames
    try:
        yield
    finally:
        b.frames = outer


def iterate(ctx: FunctionLowering, source: Value, each: Callable[[Value], None], orelse: list[ast.stmt] | None,
            frame: Frame | None = None) -> None:
    """The loop over an iterator of `source`: `each` runs on every item (break and
    continue work inside it), then `orelse` unless a break left the loop. The loop is the
    code of `frame`, if given (after the iterator is made)."""
    b = ctx.builder
    line = b.line
    iterator = ctx.call_primitive("py_iter", [source])
    inner = inner_frames(b, frame)
    with frames_of_blocks(b, inner):
        head, body_block = b.new_block(), b.new_block()
    after = b.new_block()
    orelse_block = b.new_block() if orelse else after
    b.goto(head)
    b.activate(head)
    b.line = line
    item = ctx.call_primitive("py_next", [iterator])
    done = ctx.new_temp(BOOL)
    b.emit(Binary(done, "eq", item, Const(STOP, OBJECT)))
    b.branch(done, orelse_block, body_block)
    b.activate(body_block)
    ctx.loops.append(Loop(head, after, len(ctx.exits)))
    with frames_of_blocks(b, inner):
        each(item)
    ctx.loops.pop()
    b.goto(head)
    if orelse:
        b.activate(orelse_block)
        lower_statements(ctx, orelse)
        b.goto(after)
    b.activate(after)


def lower_range_loop(ctx: FunctionLowering, target: ast.Name, arguments: tuple[Value, Value, Value, int | None],
                     body: Callable[[], None], orelse: list[ast.stmt] | None, frame: Frame | None = None) -> None:
    """`for x in range(start, stop, step)` counts in a machine int; x gets each value.

    The bounds are small ints (range_index refuses others), so the counter never leaves
    the small-int range by more than one step, which an i64 holds: the loop needs no
    overflow checks, and every value it gives x is a small int."""
    start, stop, step, constant_step = arguments
    b = ctx.builder
    counter, limit, stride = ctx.new_temp(I64), ctx.new_temp(I64), ctx.new_temp(I64)
    for reg, value in ((counter, start), (limit, stop), (stride, step)):
        b.emit(Assign(reg, value))
    inner = inner_frames(b, frame)
    with frames_of_blocks(b, inner):
        head, body_block, increment = b.new_block(), b.new_block(), b.new_block()
    after = b.new_block()
    orelse_block = b.new_block() if orelse else after
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
    b.branch(more, body_block, orelse_block)
    b.activate(body_block)
    value = ctx.new_temp(INT)
    b.emit(Instr(value, "nop", [counter]))
    store_name(ctx, target, value)
    ctx.loops.append(Loop(increment, after, len(ctx.exits)))
    with frames_of_blocks(b, inner):
        body()
    ctx.loops.pop()
    b.goto(increment)
    b.activate(increment)
    b.emit(Binary(counter, "add", counter, stride))
    b.goto(head)
    if orelse:
        b.activate(orelse_block)
        lower_statements(ctx, orelse)
        b.goto(after)
    b.activate(after)


def lower_delete(ctx: FunctionLowering, node: ast.Delete) -> None:
    for target in node.targets:
        delete_target(ctx, target)


def delete_target(ctx: FunctionLowering, target: ast.expr) -> None:
    if isinstance(target, ast.Subscript):
        container = lower_expression(ctx, target.value)
        key = lower_index(ctx, target.slice)
        ctx.set_line(target)
        ctx.builder.emit(Call(None, "py_delitem", [container, key]))
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            delete_target(ctx, element)
    elif isinstance(target, ast.Name):
        # The name must be bound (reading it checks that), then it is unbound again.
        lower_expression(ctx, ast.copy_location(ast.Name(target.id, ast.Load()), target))
        ctx.set_line(target)
        if ctx.is_local(target.id) or ctx.is_cell(target.id):
            store_name(ctx, target, Const(UNBOUND, OBJECT))
        else:
            ctx.builder.emit(StoreGlobal(ctx.program.global_symbol(target.id), Const(UNBOUND, OBJECT)))
    elif isinstance(target, ast.Attribute):
        owner = lower_expression(ctx, target.value)
        ctx.set_line(target)
        ctx.builder.emit(Call(None, "py_delattr", [owner, Const(target.attr, OBJECT)]))
    else:
        raise ctx.error(target, "deleting this target")


def lower_break(ctx: FunctionLowering, node: ast.Break) -> None:
    leave_blocks(ctx, ctx.loops[-1].exits_depth)
    ctx.builder.goto(ctx.loops[-1].break_target)


def lower_continue(ctx: FunctionLowering, node: ast.Continue) -> None:
    leave_blocks(ctx, ctx.loops[-1].exits_depth)
    ctx.builder.goto(ctx.loops[-1].continue_target)


def lower_return(ctx: FunctionLowering, node: ast.Return) -> None:
    value = lower_expression(ctx, node.value) if node.value is not None else Const(None, OBJECT)
    ctx.set_line(node)
    if ctx.exits and isinstance(value, Register):
        # A finally body may assign the variable returned: the value is taken first.
        copy = ctx.new_temp(value.type)
        ctx.builder.emit(Assign(copy, value))
        value = copy
    leave_blocks(ctx, 0)
    ctx.builder.emit(Return(value))


def leave_blocks(ctx: FunctionLowering, depth: int) -> None:
    """Before a jump out of try/except/with blocks: each one's exit (a finally body, an
    __exit__ call, the end of handling an exception), innermost first, down to `depth`
    blocks."""
    b = ctx.builder
    exits, handler = ctx.exits, b.handler
    for i in reversed(range(depth, len(exits))):
        block = exits[i]
        ctx.exits = exits[:i]
        ctx.switch_handler(block.outer_handler)
        if block.finally_body is not None:
            lower_statements(ctx, block.finally_body)
        elif block.leave is not None:
            block.leave()
        else:
            end_handling(ctx, block.name)
        if b.terminated:
            break
    ctx.exits = exits
    b.handler = handler


def end_handling(ctx: FunctionLowering, name: str | None) -> None:
    """Leaving an except clause: the exception is no longer being handled, and its
    `as` name is unbound."""
    ctx.builder.emit(Call(None, "exc_handled_pop", []))
    if name is not None:
        store_name(ctx, ast.Name(name, ast.Store()), Const(UNBOUND, OBJECT))


def lower_global(ctx: FunctionLowering, node: ast.Global) -> None:
    for name in node.names:
        if name in ctx.program.functions:
            raise ctx.error(node, "declaring a function's name global")
        ctx.program.global_symbol(name)


def lower_nonlocal(ctx: FunctionLowering, node: ast.Nonlocal) -> None:
    pass  # the names are cells of an enclosing function (symtable says so)


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
    ast.Nonlocal: lower_nonlocal,
    ast.Delete: lower_delete,
}


def _register_exception_statements() -> None:
    # exceptions.py builds on this module's functions, so it is imported last.
    from molt.frontend.exceptions import lower_assert, lower_raise, lower_try
    from molt.frontend.classes import lower_class_def
    from molt.frontend.functions import lower_function_def
    from molt.frontend.with_statement import lower_with
    from molt.frontend.patterns import lower_match
    from molt.frontend.modules import lower_import

    STATEMENTS.update({ast.Import: lower_import, ast.ImportFrom: lower_import,
                       ast.Try: lower_try, ast.Raise: lower_raise, ast.Assert: lower_assert,
                       ast.FunctionDef: lower_function_def, ast.ClassDef: lower_class_def, ast.With: lower_with,
                       ast.Match: lower_match})


_register_exception_statements()

__all__ = ["lower_statements", "Call"]
