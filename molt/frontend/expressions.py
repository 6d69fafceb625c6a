"""Expressions: ast expression nodes -> IR values, with Python's evaluation order."""

from __future__ import annotations

import ast
from typing import Any, Callable

from molt.frontend.constants import SMALL_INT_MAX, SMALL_INT_MIN
from molt.frontend.context import BUILTIN_FUNCTIONS, BUILTIN_TYPES, EXCEPTION_TYPES, FunctionLowering
from molt.ir.ops import Assign, Binary, Const, PyBinary, PyTruth, PyUnary, Unary, Value
from molt.ir.types import BOOL, I32, OBJECT

# Small ints are held inline; a literal outside their range needs big ints (a later issue).

BINARY_OPERATORS: dict[type, str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^",
    ast.LShift: "<<", ast.RShift: ">>",
}
COMPARE_OPERATORS: dict[type, str] = {
    ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
    ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}
OPERATOR_NAMES: dict[type, str] = {
    ast.MatMult: "the '@' operator",
}


def lower_expression(ctx: FunctionLowering, node: ast.expr) -> Value:
    handler = EXPRESSIONS.get(type(node))
    if handler is None:
        raise ctx.error(node, describe(node))
    return handler(ctx, node)


def describe(node: ast.expr) -> str:
    names = {
        ast.List: "a list display", ast.Tuple: "a tuple", ast.Dict: "a dict display", ast.Set: "a set display",
        ast.ListComp: "a list comprehension", ast.DictComp: "a dict comprehension",
        ast.SetComp: "a set comprehension", ast.GeneratorExp: "a generator expression",
        ast.Lambda: "lambda", ast.Subscript: "subscripting", ast.Attribute: "attribute access",
        ast.JoinedStr: "an f-string", ast.Await: "await", ast.Yield: "yield", ast.YieldFrom: "yield from",
        ast.NamedExpr: "the walrus operator", ast.Starred: "a starred expression", ast.Slice: "slicing",
    }
    return names.get(type(node), f"the {type(node).__name__} expression")


def lower_constant(ctx: FunctionLowering, node: ast.Constant) -> Value:
    value = node.value
    if isinstance(value, bool) or value is None or isinstance(value, (float, str)):
        return Const.of(value)
    if isinstance(value, bytes):
        # b'...' is made from the str of the same code points (all below 256).
        return ctx.call_primitive("bytes_from_latin1", [Const(value.decode("latin-1"), OBJECT)])
    if isinstance(value, int):
        if not SMALL_INT_MIN <= value <= SMALL_INT_MAX:
            # A big int is made from its digits each time the literal is evaluated.
            return ctx.call_primitive("int_from_literal", [Const(str(value), OBJECT)])
        return Const.of(value)
    raise ctx.error(node, f"a {type(value).__name__} literal")


def lower_name(ctx: FunctionLowering, node: ast.Name) -> Value:
    from molt.frontend.modules import imported_name, imported_value

    name = node.id
    imported = imported_name(ctx, name)
    if imported is not None:
        return imported_value(ctx, node, imported)
    if ctx.is_local(name):
        return ctx.local_register(name)
    if ctx.is_cell(name):
        from molt.frontend.functions import read_cell

        ctx.set_line(node)
        return read_cell(ctx, name)
    if ctx.class_body is not None and name in ctx.class_body.names:
        from molt.frontend.classes import read_class_name

        return read_class_name(ctx, name)
    if name in ctx.program.functions:
        from molt.frontend.calls import function_value

        return function_value(ctx, node, ctx.program.functions[name])
    if name in BUILTIN_FUNCTIONS and not ctx.shadows(name):
        if name in BUILTIN_TYPES:
            ctx.set_line(node)
            return ctx.call_primitive("type_object", [Const(BUILTIN_TYPES[name], I32)])
        from molt.frontend.calls import builtin_function_value

        return builtin_function_value(ctx, node)
    if name == "NotImplemented" and not ctx.shadows(name):
        return ctx.call_primitive("not_implemented", [])
    if name == "object" and not ctx.shadows(name):
        return ctx.call_primitive("type_object", [Const(BUILTIN_TYPES[name], I32)])
    if name in EXCEPTION_TYPES and not ctx.shadows(name):
        return ctx.call_primitive("type_object", [Const(EXCEPTION_TYPES[name], I32)])
    constant = ctx.program.constants.get(name)
    if constant is not None and node.lineno > constant.after_line:
        return constant.value
    from molt.frontend.enum_classes import load_module_global, module_class_symbol

    symbol = module_class_symbol(ctx, name)
    if symbol is not None:
        return load_module_global(ctx, symbol)
    return ctx.load_global(name)


def lower_binop(ctx: FunctionLowering, node: ast.BinOp) -> Value:
    op = BINARY_OPERATORS.get(type(node.op))
    if op is None:
        raise ctx.error(node, OPERATOR_NAMES.get(type(node.op), type(node.op).__name__))
    left = lower_expression(ctx, node.left)
    right = lower_expression(ctx, node.right)
    ctx.set_line(node)
    return binary(ctx, op, left, right)


def binary(ctx: FunctionLowering, op: str, left: Value, right: Value) -> Value:
    dest = ctx.new_temp()
    ctx.builder.emit(PyBinary(dest, op, left, right))
    return dest


def lower_unaryop(ctx: FunctionLowering, node: ast.UnaryOp) -> Value:
    if isinstance(node.op, ast.Not):
        return negate(ctx, truth(ctx, lower_expression(ctx, node.operand)))
    if isinstance(node.op, (ast.USub, ast.UAdd, ast.Invert)):
        operand = lower_expression(ctx, node.operand)
        ctx.set_line(node)
        dest = ctx.new_temp()
        symbol = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~"}[type(node.op)]
        ctx.builder.emit(PyUnary(dest, symbol, operand))
        return dest
    raise ctx.error(node, OPERATOR_NAMES.get(type(node.op), type(node.op).__name__))


def truth(ctx: FunctionLowering, value: Value) -> Value:
    """The bool truth value of any value."""
    if value.type == BOOL:
        return value
    dest = ctx.new_temp(BOOL)
    ctx.builder.emit(PyTruth(dest, value))
    return dest


def negate(ctx: FunctionLowering, cond: Value) -> Value:
    dest = ctx.new_temp(BOOL)
    ctx.builder.emit(Unary(dest, "not", cond))
    return dest


def lower_boolop(ctx: FunctionLowering, node: ast.BoolOp) -> Value:
    """`a or b` is a if a is true, else b; `a and b` is a if a is false, else b."""
    b = ctx.builder
    result = ctx.new_temp()
    done = b.new_block()
    for value_node in node.values[:-1]:
        value = lower_expression(ctx, value_node)
        b.emit(Assign(result, value))
        cond = truth(ctx, result)
        nxt = b.new_block()
        if isinstance(node.op, ast.Or):
            b.branch(cond, done, nxt)
        else:
            b.branch(cond, nxt, done)
        b.activate(nxt)
    b.emit(Assign(result, lower_expression(ctx, node.values[-1])))
    b.goto(done)
    b.activate(done)
    return result


def lower_compare(ctx: FunctionLowering, node: ast.Compare) -> Value:
    """`a < b < c` is `a < b and b < c` with b evaluated once and the first false result
    (not False) as the value."""
    b = ctx.builder
    for op_node in node.ops:
        if type(op_node) not in COMPARE_OPERATORS:
            raise ctx.error(node, OPERATOR_NAMES.get(type(op_node), type(op_node).__name__))
    left = lower_expression(ctx, node.left)
    if len(node.ops) == 1:
        right = lower_expression(ctx, node.comparators[0])
        ctx.set_line(node)
        return compare(ctx, COMPARE_OPERATORS[type(node.ops[0])], left, right)
    result = ctx.new_temp()
    done = b.new_block()
    for i, (op_node, right_node) in enumerate(zip(node.ops, node.comparators)):
        right = lower_expression(ctx, right_node)
        ctx.set_line(node)
        b.emit(Assign(result, compare(ctx, COMPARE_OPERATORS[type(op_node)], left, right)))
        if i < len(node.ops) - 1:
            nxt = b.new_block()
            b.branch(truth(ctx, result), nxt, done)
            b.activate(nxt)
        left = right
    b.goto(done)
    b.activate(done)
    return result


def compare(ctx: FunctionLowering, op: str, left: Value, right: Value) -> Value:
    if op in ("is", "is not"):
        dest = ctx.new_temp(BOOL)
        ctx.builder.emit(PyBinary(dest, op, left, right))
        return dest
    if op in ("in", "not in"):
        found = ctx.call_primitive("py_contains_bool", [right, left])
        return found if op == "in" else negate(ctx, found)
    return binary(ctx, op, left, right)


def lower_ifexp(ctx: FunctionLowering, node: ast.IfExp) -> Value:
    b = ctx.builder
    result = ctx.new_temp(OBJECT)
    yes, no, done = b.new_block(), b.new_block(), b.new_block()
    b.branch(truth(ctx, lower_expression(ctx, node.test)), yes, no)
    b.activate(yes)
    b.emit(Assign(result, lower_expression(ctx, node.body)))
    b.goto(done)
    b.activate(no)
    b.emit(Assign(result, lower_expression(ctx, node.orelse)))
    b.goto(done)
    b.activate(done)
    return result


def lower_call(ctx: FunctionLowering, node: ast.Call) -> Value:
    from molt.frontend.calls import lower_call_expression

    return lower_call_expression(ctx, node)


def lower_lambda_expression(ctx: FunctionLowering, node: ast.Lambda) -> Value:
    from molt.frontend.functions import lower_lambda

    return lower_lambda(ctx, node)


def lower_container(ctx: FunctionLowering, node: ast.expr) -> Value:
    from molt.frontend.containers import CONTAINER_EXPRESSIONS

    return CONTAINER_EXPRESSIONS[type(node)](ctx, node)


EXPRESSIONS: dict[type, Callable[[FunctionLowering, Any], Value]] = {
    ast.List: lower_container,
    ast.Tuple: lower_container,
    ast.Set: lower_container,
    ast.Dict: lower_container,
    ast.Subscript: lower_container,
    ast.ListComp: lower_container,
    ast.SetComp: lower_container,
    ast.DictComp: lower_container,
    ast.GeneratorExp: lower_container,
    ast.JoinedStr: lower_container,
    ast.Attribute: lower_container,
    ast.Lambda: lower_lambda_expression,
    ast.Constant: lower_constant,
    ast.Name: lower_name,
    ast.BinOp: lower_binop,
    ast.UnaryOp: lower_unaryop,
    ast.BoolOp: lower_boolop,
    ast.Compare: lower_compare,
    ast.IfExp: lower_ifexp,
    ast.Call: lower_call,
}
