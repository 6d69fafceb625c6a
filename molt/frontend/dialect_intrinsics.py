"""The dialect's built-in functions: memory access, conversions and machine instructions.

Each intrinsic becomes one `Instr` op naming the WebAssembly instruction. Which one can
depend on the operand type (`shr_u(x, n)` is i32.shr_u or i64.shr_u).
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Callable

from molt.ir.ops import Const, DataAddress, Instr, Register, Value
from molt.ir.types import F64, I32, I64, OBJECT, RType

if TYPE_CHECKING:
    from molt.frontend.dialect import FunctionCompiler

# name -> (instruction, parameter types, result type); memory accesses take an optional
# constant offset as their last argument.
LOADS: dict[str, tuple[str, RType]] = {
    "load_i32": ("i32.load", I32), "load_i64": ("i64.load", I64), "load_f64": ("f64.load", F64),
    "load_u8": ("i32.load8_u", I32), "load_u16": ("i32.load16_u", I32),
    "load_obj": ("i64.load", I64),
}
STORES: dict[str, tuple[str, RType]] = {
    "store_i32": ("i32.store", I32), "store_i64": ("i64.store", I64), "store_f64": ("f64.store", F64),
    "store_u8": ("i32.store8", I32), "store_u16": ("i32.store16", I32),
    "store_obj": ("i64.store", I64),
}
# Fixed-signature instructions.
SIMPLE: dict[str, tuple[str, tuple[RType, ...], RType | None]] = {
    "memory_size": ("memory.size", (), I32),
    "memory_grow": ("memory.grow", (I32,), I32),
    "memory_copy": ("memory.copy", (I32, I32, I32), None),
    "memory_fill": ("memory.fill", (I32, I32, I32), None),
    "unreachable": ("unreachable", (), None),
    "bits_of_f64": ("i64.reinterpret_f64", (F64,), I64),
    "f64_of_bits": ("f64.reinterpret_i64", (I64,), F64),
    "sqrt": ("f64.sqrt", (F64,), F64), "floor": ("f64.floor", (F64,), F64),
    "ceil": ("f64.ceil", (F64,), F64), "trunc": ("f64.trunc", (F64,), F64),
    "nearest": ("f64.nearest", (F64,), F64), "fabs": ("f64.abs", (F64,), F64),
    "copysign": ("f64.copysign", (F64, F64), F64), "fmin": ("f64.min", (F64, F64), F64),
    "fmax": ("f64.max", (F64, F64), F64),
    "u64": ("i64.extend_i32_u", (I32,), I64),
    "f64_of_u64": ("f64.convert_i64_u", (I64,), F64),
    
    
}
# Integer instructions whose width follows the first operand: name -> (suffix, arity, result is i32).
INT_OPS: dict[str, tuple[str, int, bool]] = {
    "lt_u": ("lt_u", 2, True), "le_u": ("le_u", 2, True), "gt_u": ("gt_u", 2, True),
    "ge_u": ("ge_u", 2, True), "div_u": ("div_u", 2, False), "rem_u": ("rem_u", 2, False),
    "shr_u": ("shr_u", 2, False), "rotl": ("rotl", 2, False), "rotr": ("rotr", 2, False),
    "clz": ("clz", 1, False), "ctz": ("ctz", 1, False), "popcnt": ("popcnt", 1, False),
}
CONVERSIONS = ("i32", "i64", "f64")

INTRINSICS: set[str] = set(LOADS) | set(STORES) | set(SIMPLE) | set(INT_OPS) | set(CONVERSIONS) | {"heap_base", "call_entry"}


def emit_intrinsic(
    fc: "FunctionCompiler", name: str, args: list[ast.expr], node: ast.AST,
    expected: RType | None = None,
) -> Value | None:
    """Emit intrinsic `name` applied to `args`; the result register, or None."""
    emitters: list[tuple[Callable[[str], bool], Callable[[], Value | None]]] = [
        (lambda n: n in LOADS, lambda: _load(fc, name, args, node)),
        (lambda n: n in STORES, lambda: _store(fc, name, args, node)),
        (lambda n: n in SIMPLE, lambda: _simple(fc, name, args, node)),
        (lambda n: n in INT_OPS, lambda: _int_op(fc, name, args, node)),
        (lambda n: n in CONVERSIONS, lambda: _conversion(fc, name, args, node)),
    ]
    if name == "heap_base":  # the first address after static data
        return Const(DataAddress("__heap_base"), I32)
    if name == "call_entry":
        # call_entry(table_index, function, args): the entry of a function object, through
        # the module's function table (codegen emits call_indirect of (i64, i64) -> i64).
        if len(args) != 3:
            raise fc.error(node, "call_entry() takes 3 arguments")
        index = _typed(fc, args[0], I32)
        function = _typed(fc, args[1], I64)
        arguments = _typed(fc, args[2], I64)
        dest = fc.new_temp(I64)
        fc.builder.emit(Instr(dest, "call_entry", [function, arguments, index]))
        return dest
    for matches, emit in emitters:
        if matches(name):
            return emit()
    raise fc.error(node, f"unknown intrinsic {name}")


def _offset(fc: "FunctionCompiler", args: list[ast.expr], fixed: int, node: ast.AST) -> int:
    if len(args) == fixed:
        return 0
    if len(args) != fixed + 1:
        raise fc.error(node, "wrong number of arguments")
    from molt.frontend.dialect import fold_constant

    offset = int(fold_constant(fc.mod, fc.file, args[fixed]))
    if offset < 0:
        raise fc.error(args[fixed], "a memory offset must not be negative")
    return offset


def _load(fc: "FunctionCompiler", name: str, args: list[ast.expr], node: ast.AST) -> Value:
    opcode, rtype = LOADS[name]
    offset = _offset(fc, args, 1, node)
    address = _typed(fc, args[0], I32)
    dest = fc.new_temp(rtype)
    fc.builder.emit(Instr(dest, opcode, [address], (offset,)))
    return dest


def _store(fc: "FunctionCompiler", name: str, args: list[ast.expr], node: ast.AST) -> None:
    opcode, rtype = STORES[name]
    offset = _offset(fc, args, 2, node)
    address = _typed(fc, args[0], I32)
    value = _typed(fc, args[1], rtype)
    fc.builder.emit(Instr(None, opcode, [address, value], (offset,)))
    return None


def _simple(fc: "FunctionCompiler", name: str, args: list[ast.expr], node: ast.AST) -> Value | None:
    opcode, params, result = SIMPLE[name]
    if len(args) != len(params):
        raise fc.error(node, f"{name}() takes {len(params)} arguments")
    values = [_typed(fc, a, t) for a, t in zip(args, params)]
    immediates: tuple[int, ...] = (0,) if opcode in ("memory.size", "memory.grow", "memory.fill") else ()
    if opcode == "memory.copy":
        immediates = (0, 0)
    dest = fc.new_temp(result) if result is not None else None
    fc.builder.emit(Instr(dest, opcode, values, immediates))
    return dest


def _int_op(fc: "FunctionCompiler", name: str, args: list[ast.expr], node: ast.AST) -> Value:
    suffix, arity, gives_i32 = INT_OPS[name]
    if len(args) != arity:
        raise fc.error(node, f"{name}() takes {arity} arguments")
    if arity == 2:
        first, second = fc.operand_pair(args[0], args[1], None)
        values = [first, second]
    else:
        values = [fc.expression(args[0], None)]
    rtype = values[0].type
    if rtype not in (I32, I64) or any(v.type != rtype for v in values):
        raise fc.error(node, f"{name}() needs i32 or i64 operands of one type")
    dest = fc.new_temp(I32 if gives_i32 else rtype)
    fc.builder.emit(Instr(dest, f"{rtype.name}.{suffix}", values))
    return dest


def _conversion(fc: "FunctionCompiler", name: str, args: list[ast.expr], node: ast.AST) -> Value:
    """i32(x), i64(x), f64(x): wrap, sign-extend, convert or truncate (saturating)."""
    if len(args) != 1:
        raise fc.error(node, f"{name}() takes one argument")
    target = {"i32": I32, "i64": I64, "f64": F64}[name]
    value = fc.expression(args[0], target)
    source = value.type
    if source == target:
        return value
    if isinstance(value, Const) and isinstance(value.value, int) and target != F64:
        from molt.frontend.dialect import wrap_const

        return Const(wrap_const(value.value, target), target)
    opcodes = {
        (I64, I32): "i32.wrap_i64", (I32, I64): "i64.extend_i32_s",
        (F64, I32): "i32.trunc_sat_f64_s", (F64, I64): "i64.trunc_sat_f64_s",
        (I32, F64): "f64.convert_i32_s", (I64, F64): "f64.convert_i64_s",
        (OBJECT, I32): "i32.wrap_i64",
    }
    opcode = opcodes.get((source, target))
    if opcode is None:
        raise fc.error(node, f"no conversion from {source} to {target}")
    dest = fc.new_temp(target)
    fc.builder.emit(Instr(dest, opcode, [value]))
    return dest


def _typed(fc: "FunctionCompiler", node: ast.expr, rtype: RType) -> Value:
    value = fc.expression(node, rtype)
    if value.type.wasm != rtype.wasm:
        raise fc.error(node, f"expected {rtype}, got {value.type}")
    if isinstance(value, Register) or value.type == rtype:
        return value
    return value
