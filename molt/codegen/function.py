"""One IR function -> one WebAssembly function body.

Every register lives in a WebAssembly local (Binaryen and Cranelift allocate the real
registers). Ops become instructions here; control flow is laid out by structure.py.
Python semantics are not decided here: by the time a function reaches codegen, generic
operations have become runtime calls or typed ops, and checks are explicit in the IR.
"""

from __future__ import annotations

from typing import Callable

from molt.codegen.layout import Layout
from molt.codegen.structure import Structurizer
from molt.ir.ops import (
    Assign, BasicBlock, Binary, Box, Branch, Call, CheckError, Const, DecRef, FuncIR, IncRef,
    Instr, LoadGlobal, Op, Register, Return, StoreGlobal, Unary, Unbox, Value,
)
from molt.ir.types import BOOL, F64, FLOAT, I32, I64, INT, RType
from molt.wasm.builder import FunctionBuilder
from molt.wasm.types import BlockType, ValType

VALTYPES = {"i32": ValType.I32, "i64": ValType.I64, "f64": ValType.F64}

# Binary ops by machine type: IR op -> instruction suffix. Python's unboxed int, float and
# bool are i64, f64 and i32 here; their Python checks were made explicit by earlier passes.
INT_BINARY = {
    "add": "add", "sub": "sub", "mul": "mul", "floordiv": "div_s", "mod": "rem_s",
    "and": "and", "or": "or", "xor": "xor", "shl": "shl", "shr": "shr_s",
    "eq": "eq", "ne": "ne", "lt": "lt_s", "le": "le_s", "gt": "gt_s", "ge": "ge_s",
}
FLOAT_BINARY = {
    "add": "add", "sub": "sub", "mul": "mul", "div": "div",
    "eq": "eq", "ne": "ne", "lt": "lt", "le": "le", "gt": "gt", "ge": "ge",
}


def is_small_register(value: Value) -> bool:
    """An int constant or a register proven small: never a big form."""
    return isinstance(value, Const) or value.small


def machine_name(rtype: RType) -> str:
    """The WebAssembly number type an unboxed or boxed value is held as."""
    return rtype.wasm


class FunctionCodegen:
    """Writes one function; `function_index` and `global_index` resolve names."""

    def __init__(self, fn: FuncIR, layout: Layout, function_index: Callable[[str], int],
                 global_index: Callable[[str], int], entry_type: int = 0) -> None:
        self.fn = fn
        self.entry_type = entry_type
        self.layout = layout
        self.function_index = function_index
        self.global_index = global_index
        params = [VALTYPES[p.type.wasm] for p in fn.params]
        results = [VALTYPES[fn.result.wasm]] if fn.result is not None else []
        self.b = FunctionBuilder(params, results, param_names=[p.name for p in fn.params])
        self.locals: dict[int, int] = {id(p): i for i, p in enumerate(fn.params)}
        for reg in fn.registers():
            if id(reg) not in self.locals:
                self.locals[id(reg)] = self.b.add_local(VALTYPES[reg.type.wasm], reg.name)
        self.scratch: dict[str, int] = {}

    def scratch_local(self, name: str) -> int:
        """An i32 local of codegen's own (an address, a count), made on first use."""
        if name not in self.scratch:
            self.scratch[name] = self.b.add_local(VALTYPES["i32"], name)
        return self.scratch[name]

    def generate(self) -> FunctionBuilder:
        Structurizer(self.fn, self.b, self.emit_body, self.emit_condition, self.emit_return).emit()
        # Validation treats the end of a loop as reachable even when no path falls through.
        self.b.unreachable()
        return self.b

    # Values.

    def push(self, value: Value) -> None:
        b = self.b
        if isinstance(value, Register):
            b.local_get(self.locals[id(value)])
            return
        wasm = value.type.wasm
        if value.type.boxed:
            b.i64_const(self.layout.boxed_constant(value.value))
        elif wasm == "f64":
            b.f64_const(float(value.value))  # type: ignore[arg-type]
        elif wasm == "i64":
            b.i64_const(int(value.value))  # type: ignore[arg-type]
        else:
            b.i32_const(self.layout.i32_constant(value.value))

    def set(self, dest: Register) -> None:
        self.b.local_set(self.locals[id(dest)])

    # Blocks and terminators.

    def emit_body(self, block: BasicBlock) -> None:
        for op in block.ops[:-1]:
            self.emit_op(op)

    def emit_condition(self, op: Op) -> None:
        if isinstance(op, Branch):
            self.push(op.cond)
            return
        assert isinstance(op, CheckError)
        if op.value is not None and op.value.type.boxed:
            self.push(op.value)
            self.b.i64_const(self.layout.error_bits)
            self.b.i64_eq()
        else:
            self.b.global_get(self.global_index(self.layout.exception_global))
            self.b.i64_const(0)
            self.b.i64_ne()

    def emit_return(self, op: Return) -> None:
        if op.value is not None:
            self.push(op.value)
        self.b.return_()

    # Ops.

    def emit_op(self, op: Op) -> None:
        handler = getattr(self, f"op_{type(op).__name__}")
        handler(op)

    def op_Assign(self, op: Assign) -> None:
        self.push(op.src)
        self.set(op.dest)

    def op_Binary(self, op: Binary) -> None:
        self.push(op.left)
        self.push(op.right)
        wasm = op.left.type.wasm
        if wasm == "f64":
            suffix = FLOAT_BINARY[op.op]
        else:
            suffix = INT_BINARY[op.op]
        getattr(self.b, f"{wasm}_{suffix}")()
        self.set(op.dest)

    def op_Unary(self, op: Unary) -> None:
        wasm = op.operand.type.wasm
        if op.op == "neg":
            if wasm == "f64":
                self.push(op.operand)
                self.b.f64_neg()
            else:
                getattr(self.b, f"{wasm}_const")(0)
                self.push(op.operand)
                getattr(self.b, f"{wasm}_sub")()
        elif op.op == "not":
            self.push(op.operand)
            getattr(self.b, f"{wasm}_eqz")()
        elif op.op == "invert":
            self.push(op.operand)
            getattr(self.b, f"{wasm}_const")(-1)
            getattr(self.b, f"{wasm}_xor")()
        else:
            raise AssertionError(op.op)
        self.set(op.dest)

    def op_Instr(self, op: Instr) -> None:
        for arg in op.args:
            self.push(arg)
        if op.opcode == "call_entry":
            self.b.call_indirect(self.entry_type, 0)
        elif op.opcode != "nop":
            getattr(self.b, op.opcode.replace(".", "_"))(*op.immediates)
        if op.dest is not None:
            self.set(op.dest)

    def op_Box(self, op: Box) -> None:
        b, layout = self.b, self.layout
        src = op.src.type
        if src == INT and is_small_register(op.src):
            self.push(op.src)
            b.i64_const(layout.payload_mask)
            b.i64_and()
            b.i64_const(layout.tag_bits("TAG_INT"))
            b.i64_or()
        elif src == INT:
            # A small int gets the int tag; a big form becomes its object's pointer.
            self.push_is_small(op.src)
            b.if_(BlockType.value(ValType.I64))
            self.push(op.src)
            b.i64_const(layout.payload_mask)
            b.i64_and()
            b.i64_const(layout.tag_bits("TAG_INT"))
            b.i64_or()
            b.else_()
            self.push(op.src)
            b.call(self.function_index("int_box"))
            b.end()
        elif src == BOOL:
            self.push(op.src)
            b.i64_extend_i32_u()
            b.i64_const(layout.tag_bits("TAG_BOOL"))
            b.i64_or()
        elif src == FLOAT:
            # NaNs of every sign and payload become the one canonical NaN, so that no float
            # can be mistaken for a tagged value.
            b.i64_const(layout.canonical_nan)
            self.push(op.src)
            b.i64_reinterpret_f64()
            self.push(op.src)
            self.push(op.src)
            b.f64_ne()
            b.select()
        else:
            raise AssertionError(f"box of {src}")
        self.set(op.dest)

    def op_Unbox(self, op: Unbox) -> None:
        b = self.b
        self.push(op.src)
        dest = op.dest.type
        if dest == INT:
            # An inline int is sign-extended from its payload; a big int object becomes
            # its big form.
            b.i64_const(self.layout.tag_shift)
            b.i64_shr_u()
            b.i64_const(int(self.layout.constants["TAG_INT"]))
            b.i64_eq()
            b.if_(BlockType.value(ValType.I64))
            self.push(op.src)
            b.i64_const(64 - self.layout.tag_shift)
            b.i64_shl()
            b.i64_const(64 - self.layout.tag_shift)
            b.i64_shr_s()
            b.else_()
            self.push(op.src)
            b.call(self.function_index("int_unbox"))
            b.end()
        elif dest == BOOL:
            b.i32_wrap_i64()
            b.i32_const(1)
            b.i32_and()
        elif dest == FLOAT:
            b.f64_reinterpret_i64()
        else:
            raise AssertionError(f"unbox to {dest}")
        self.set(op.dest)

    def op_Call(self, op: Call) -> None:
        for arg in op.args:
            self.push(arg)
        self.b.call(self.function_index(op.callee))
        if op.dest is not None:
            self.set(op.dest)

    def op_LoadGlobal(self, op: LoadGlobal) -> None:
        self.b.global_get(self.global_index(op.name))
        self.set(op.dest)

    def op_StoreGlobal(self, op: StoreGlobal) -> None:
        self.push(op.src)
        self.b.global_set(self.global_index(op.name))

    def op_IncRef(self, op: IncRef) -> None:
        self.refcount(op.value, "incref", "int_incref")

    def op_DecRef(self, op: DecRef) -> None:
        self.refcount(op.value, "decref", "int_decref")

    def refcount(self, value: Value, boxed: str, unboxed_int: str) -> None:
        if value.type == INT and is_small_register(value):
            return
        if value.type == INT:
            # Only a big form is a reference.
            self.push_is_small(value)
            self.b.i32_eqz()
            self.b.if_()
            self.push(value)
            self.b.call(self.function_index(unboxed_int))
            self.b.end()
            return
        # Inline, as wasm_runtime/rc.py does it: only a pointer is a reference, and its
        # count is the object's first word; an object whose count reaches 0 is freed by
        # the runtime's dealloc.
        b = self.b
        self.push(value)
        b.i64_const(self.layout.tag_shift)
        b.i64_shr_u()
        b.i64_const(int(self.layout.constants["TAG_PTR"]))
        b.i64_eq()
        b.if_()
        address, count = self.scratch_local("rc_address"), self.scratch_local("rc_count")
        self.push(value)
        b.i32_wrap_i64()
        if boxed == "incref":
            b.local_tee(address)
            b.local_get(address)
            b.i32_load(0)
            b.i32_const(1)
            b.i32_add()
            b.i32_store(0)
        else:
            b.local_tee(address)
            b.i32_load(0)
            b.i32_const(1)
            b.i32_sub()
            b.local_tee(count)
            b.i32_eqz()
            b.if_()
            b.local_get(address)
            b.call(self.function_index("dealloc"))
            b.else_()
            b.local_get(address)
            b.local_get(count)
            b.i32_store(0)
            b.end()
        b.end()

    def push_is_small(self, value: Value) -> None:
        """i32: the INT form `value` is a small int (within +-2**47)."""
        half = 1 << (self.layout.tag_shift - 1)
        self.push(value)
        self.b.i64_const(half)
        self.b.i64_add()
        self.b.i64_const(self.layout.tag_shift)
        self.b.i64_shr_u()
        self.b.i64_eqz()


__all__ = ["FunctionCodegen", "machine_name", "I32", "I64", "F64"]
