"""FunctionBuilder: encodes the body of one WebAssembly function, instruction by instruction.

Code is appended to a bytearray as each method is called; opcode bytes come from
molt.wasm.opcodes.  Structured control flow is tracked with Label objects so callers
branch to a label rather than computing relative depths by hand (spec 2.4.8: a branch
names its target by how many enclosing blocks it crosses).  The builder does not
type-check the instruction stream; the engine's validator does.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence

from molt.wasm.leb128 import encode_unsigned
from molt.wasm.opcodes import BY_METHOD, BY_NAME, Imm, OpInfo
from molt.wasm.types import REF_TYPES, BlockType, FuncType, ValType, encode_i32, encode_i64

__all__ = ["FunctionBuilder", "Label"]


def _opcode(name: str) -> bytes:
    return BY_NAME[name].opcode


_BLOCK = _opcode("block")
_LOOP = _opcode("loop")
_IF = _opcode("if")
_ELSE = _opcode("else")
_END = _opcode("end")
_BR = _opcode("br")
_BR_IF = _opcode("br_if")
_BR_TABLE = _opcode("br_table")
_CALL = _opcode("call")
_CALL_INDIRECT = _opcode("call_indirect")
_RETURN_CALL = _opcode("return_call")
_RETURN_CALL_INDIRECT = _opcode("return_call_indirect")
_REF_NULL = _opcode("ref.null")
_REF_FUNC = _opcode("ref.func")
_SELECT_TYPED = BY_METHOD["select_typed"].opcode
_LOCAL_GET = _opcode("local.get")
_LOCAL_SET = _opcode("local.set")
_LOCAL_TEE = _opcode("local.tee")
_GLOBAL_GET = _opcode("global.get")
_GLOBAL_SET = _opcode("global.set")
_TABLE_GET = _opcode("table.get")
_TABLE_SET = _opcode("table.set")
_TABLE_INIT = _opcode("table.init")
_ELEM_DROP = _opcode("elem.drop")
_TABLE_COPY = _opcode("table.copy")
_TABLE_GROW = _opcode("table.grow")
_TABLE_SIZE = _opcode("table.size")
_TABLE_FILL = _opcode("table.fill")
_MEMORY_SIZE = _opcode("memory.size")
_MEMORY_GROW = _opcode("memory.grow")
_MEMORY_INIT = _opcode("memory.init")
_DATA_DROP = _opcode("data.drop")
_MEMORY_COPY = _opcode("memory.copy")
_MEMORY_FILL = _opcode("memory.fill")
_I32_CONST = _opcode("i32.const")
_I64_CONST = _opcode("i64.const")
_F32_CONST = _opcode("f32.const")
_F64_CONST = _opcode("f64.const")
_MEMARG_OPS: dict[str, OpInfo] = {name: info for name, info in BY_NAME.items() if info.imm is Imm.MEMARG}


def _nullary(name: str) -> Callable[[FunctionBuilder], None]:
    """A builder method emitting the immediate-free instruction `name`."""
    info = BY_NAME[name]
    if info.imm is not Imm.NONE:
        raise TypeError(f"{name} takes immediates")
    opcode = info.opcode

    def emit(self: FunctionBuilder) -> None:
        self._code += opcode

    emit.__name__ = info.method
    emit.__qualname__ = f"FunctionBuilder.{info.method}"
    emit.__doc__ = f"Emit ``{name}``."
    return emit


class Label:
    """A branch target: one open block, loop or if of a FunctionBuilder.

    The label stays valid until its frame is closed by ``end()``; branching to it
    afterwards is an error, since it is no longer an enclosing block.
    """

    __slots__ = ("kind", "_builder", "_position")

    def __init__(self, kind: str, builder: FunctionBuilder, position: int) -> None:
        self.kind = kind  # "block", "loop", "if" or "else"
        self._builder: FunctionBuilder | None = builder
        self._position = position  # index in the builder's control stack

    @property
    def is_open(self) -> bool:
        return self._builder is not None

    def __repr__(self) -> str:
        state = f"at {self._position}" if self._builder is not None else "closed"
        return f"<Label {self.kind} {state}>"


class FunctionBuilder:
    """Builds one function body: local declarations followed by the instruction sequence."""

    def __init__(
        self,
        params: Sequence[ValType],
        results: Sequence[ValType],
        param_names: Sequence[str | None] | None = None,
    ) -> None:
        self.params: tuple[ValType, ...] = tuple(params)
        self.results: tuple[ValType, ...] = tuple(results)
        self._locals: list[ValType] = []  # declared locals, after the parameters
        self._names: dict[int, str] = {}
        self._code = bytearray()
        self._stack: list[Label] = []
        self._finished = False
        if param_names is not None:
            if len(param_names) != len(self.params):
                raise ValueError("param_names must name every parameter (None to skip one)")
            for index, name in enumerate(param_names):
                if name is not None:
                    self._names[index] = name

    # -- locals ---------------------------------------------------------------

    @property
    def func_type(self) -> FuncType:
        return FuncType(self.params, self.results)

    @property
    def local_types(self) -> tuple[ValType, ...]:
        """Types of every local index: parameters first, then declared locals."""
        return self.params + tuple(self._locals)

    def add_local(self, valtype: ValType, name: str | None = None) -> int:
        """Declare a local and return its index (parameters take the first indices)."""
        index = len(self.params) + len(self._locals)
        self._locals.append(valtype)
        if name is not None:
            self._names[index] = name
        return index

    def local_names(self) -> list[tuple[int, str]]:
        """(index, name) of every named parameter and local, by index, for the name section."""
        return sorted(self._names.items())

    def _encode_locals(self) -> bytes:
        # Spec 5.5.13: locals are a vector of (count, valtype) runs.  Runs follow declaration
        # order, so each local keeps the index add_local() returned.
        counts: list[int] = []
        types: list[ValType] = []
        for valtype in self._locals:
            if types and types[-1] == valtype:
                counts[-1] += 1
            else:
                counts.append(1)
                types.append(valtype)
        out = bytearray(encode_unsigned(len(types)))
        for count, run_type in zip(counts, types):
            out += encode_unsigned(count)
            out.append(run_type)
        return bytes(out)

    # -- finishing ------------------------------------------------------------

    @property
    def depth(self) -> int:
        """Number of open block, loop and if frames (the function's own block excluded)."""
        return len(self._stack)

    def finish(self) -> bytes:
        """Close the function and return its body: locals then code, without the size prefix."""
        if self._finished:
            raise ValueError("finish() was already called")
        if self._stack:
            kinds = ", ".join(label.kind for label in self._stack)
            raise ValueError(f"unclosed control frames at finish(): {kinds}")
        self._finished = True
        self._code += _END
        return self._encode_locals() + bytes(self._code)

    # -- structured control ---------------------------------------------------

    def _push(self, kind: str, opcode: bytes, bt: BlockType) -> Label:
        label = Label(kind, self, len(self._stack))
        self._stack.append(label)
        self._code += opcode
        self._code += bt.encoding
        return label

    def block(self, bt: BlockType = BlockType.EMPTY) -> Label:
        return self._push("block", _BLOCK, bt)

    def loop(self, bt: BlockType = BlockType.EMPTY) -> Label:
        """Open a loop; branching to its label jumps back to the loop's start."""
        return self._push("loop", _LOOP, bt)

    def if_(self, bt: BlockType = BlockType.EMPTY) -> Label:
        return self._push("if", _IF, bt)

    def else_(self) -> None:
        if not self._stack or self._stack[-1].kind != "if":
            raise ValueError("else_() without an open if_() as the innermost frame")
        self._stack[-1].kind = "else"
        self._code += _ELSE

    def end(self) -> None:
        """Close the innermost open frame (the function's own end is added by finish())."""
        if not self._stack:
            raise ValueError("end() without an open block, loop or if")
        label = self._stack.pop()
        label._builder = None
        self._code += _END

    def _depth(self, target: Label | int) -> bytes:
        """Encoded relative depth of a branch target: 0 is the innermost frame."""
        stack = self._stack
        if isinstance(target, Label):
            position = target._position
            if target._builder is not self or stack[position] is not target:
                raise ValueError(f"branch target {target!r} is not an enclosing frame")
            return encode_unsigned(len(stack) - 1 - position)
        # A raw depth of len(stack) targets the function body's implicit block.
        if not 0 <= target <= len(stack):
            raise ValueError(f"branch depth {target} outside 0..{len(stack)}")
        return encode_unsigned(target)

    def br(self, target: Label | int) -> None:
        self._code += _BR + self._depth(target)

    def br_if(self, target: Label | int) -> None:
        self._code += _BR_IF + self._depth(target)

    def br_table(self, targets: Sequence[Label | int], default: Label | int) -> None:
        code = self._code
        code += _BR_TABLE
        code += encode_unsigned(len(targets))
        for target in targets:
            code += self._depth(target)
        code += self._depth(default)

    def call(self, func_index: int) -> None:
        self._code += _CALL + encode_unsigned(func_index)

    def call_indirect(self, type_index: int, table_index: int = 0) -> None:
        self._code += _CALL_INDIRECT + encode_unsigned(type_index) + encode_unsigned(table_index)

    def return_call(self, func_index: int) -> None:
        self._code += _RETURN_CALL + encode_unsigned(func_index)

    def return_call_indirect(self, type_index: int, table_index: int = 0) -> None:
        self._code += (
            _RETURN_CALL_INDIRECT + encode_unsigned(type_index) + encode_unsigned(table_index)
        )

    # -- references, parametric, variables --------------------------------------

    def ref_null(self, reftype: ValType) -> None:
        if reftype not in REF_TYPES:
            raise ValueError(f"ref.null needs a reference type, got {reftype!r}")
        self._code += _REF_NULL
        self._code.append(reftype)

    def ref_func(self, func_index: int) -> None:
        self._code += _REF_FUNC + encode_unsigned(func_index)

    def select_typed(self, valtype: ValType) -> None:
        """``select`` with an explicit result type (required when selecting references)."""
        # Spec 5.4.3: a vector of value types; the current spec allows exactly one.
        self._code += _SELECT_TYPED + b"\x01"
        self._code.append(valtype)

    def local_get(self, index: int) -> None:
        self._code += _LOCAL_GET + encode_unsigned(index)

    def local_set(self, index: int) -> None:
        self._code += _LOCAL_SET + encode_unsigned(index)

    def local_tee(self, index: int) -> None:
        self._code += _LOCAL_TEE + encode_unsigned(index)

    def global_get(self, index: int) -> None:
        self._code += _GLOBAL_GET + encode_unsigned(index)

    def global_set(self, index: int) -> None:
        self._code += _GLOBAL_SET + encode_unsigned(index)

    # -- tables -----------------------------------------------------------------

    def table_get(self, table_index: int = 0) -> None:
        self._code += _TABLE_GET + encode_unsigned(table_index)

    def table_set(self, table_index: int = 0) -> None:
        self._code += _TABLE_SET + encode_unsigned(table_index)

    def table_init(self, elem_index: int, table_index: int = 0) -> None:
        # Spec 5.4.5: the element index comes before the table index.
        self._code += _TABLE_INIT + encode_unsigned(elem_index) + encode_unsigned(table_index)

    def elem_drop(self, elem_index: int) -> None:
        self._code += _ELEM_DROP + encode_unsigned(elem_index)

    def table_copy(self, dst_table: int = 0, src_table: int = 0) -> None:
        self._code += _TABLE_COPY + encode_unsigned(dst_table) + encode_unsigned(src_table)

    def table_grow(self, table_index: int = 0) -> None:
        self._code += _TABLE_GROW + encode_unsigned(table_index)

    def table_size(self, table_index: int = 0) -> None:
        self._code += _TABLE_SIZE + encode_unsigned(table_index)

    def table_fill(self, table_index: int = 0) -> None:
        self._code += _TABLE_FILL + encode_unsigned(table_index)

    # -- memory -----------------------------------------------------------------

    def _memarg(self, info: OpInfo, offset: int, align: int | None) -> None:
        natural = info.align
        assert natural is not None
        if align is None:
            align = natural
        elif not 0 <= align <= natural:
            # Spec 3.3.7: the alignment may not exceed the access's natural alignment.
            raise ValueError(f"{info.name}: align 2**{align} exceeds natural 2**{natural}")
        if not 0 <= offset < 1 << 32:
            raise ValueError(f"{info.name}: offset {offset} outside the u32 range")
        self._code += info.opcode + encode_unsigned(align) + encode_unsigned(offset)

    def i32_load(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i32.load"], offset, align)

    def i64_load(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.load"], offset, align)

    def f32_load(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["f32.load"], offset, align)

    def f64_load(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["f64.load"], offset, align)

    def i32_load8_s(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i32.load8_s"], offset, align)

    def i32_load8_u(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i32.load8_u"], offset, align)

    def i32_load16_s(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i32.load16_s"], offset, align)

    def i32_load16_u(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i32.load16_u"], offset, align)

    def i64_load8_s(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.load8_s"], offset, align)

    def i64_load8_u(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.load8_u"], offset, align)

    def i64_load16_s(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.load16_s"], offset, align)

    def i64_load16_u(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.load16_u"], offset, align)

    def i64_load32_s(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.load32_s"], offset, align)

    def i64_load32_u(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.load32_u"], offset, align)

    def i32_store(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i32.store"], offset, align)

    def i64_store(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.store"], offset, align)

    def f32_store(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["f32.store"], offset, align)

    def f64_store(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["f64.store"], offset, align)

    def i32_store8(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i32.store8"], offset, align)

    def i32_store16(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i32.store16"], offset, align)

    def i64_store8(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.store8"], offset, align)

    def i64_store16(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.store16"], offset, align)

    def i64_store32(self, offset: int = 0, align: int | None = None) -> None:
        self._memarg(_MEMARG_OPS["i64.store32"], offset, align)

    def memory_size(self, memory: int = 0) -> None:
        self._code += _MEMORY_SIZE + encode_unsigned(memory)

    def memory_grow(self, memory: int = 0) -> None:
        self._code += _MEMORY_GROW + encode_unsigned(memory)

    def memory_init(self, data_index: int, memory: int = 0) -> None:
        self._code += _MEMORY_INIT + encode_unsigned(data_index) + encode_unsigned(memory)

    def data_drop(self, data_index: int) -> None:
        self._code += _DATA_DROP + encode_unsigned(data_index)

    def memory_copy(self, dst_memory: int = 0, src_memory: int = 0) -> None:
        self._code += _MEMORY_COPY + encode_unsigned(dst_memory) + encode_unsigned(src_memory)

    def memory_fill(self, memory: int = 0) -> None:
        self._code += _MEMORY_FILL + encode_unsigned(memory)

    # -- constants --------------------------------------------------------------

    def i32_const(self, value: int) -> None:
        """Push an i32; `value` may be in the signed or the unsigned 32-bit range."""
        self._code += _I32_CONST + encode_i32(value)

    def i64_const(self, value: int) -> None:
        """Push an i64; `value` may be in the signed or the unsigned 64-bit range."""
        self._code += _I64_CONST + encode_i64(value)

    def f32_const(self, value: float) -> None:
        self._code += _F32_CONST + struct.pack("<f", value)

    def f64_const(self, value: float) -> None:
        self._code += _F64_CONST + struct.pack("<d", value)

    # -- instructions without immediates --------------------------------------
    # Written out one per line so type checkers see each method; _nullary takes the
    # opcode from the table, and tests check every table entry has its method here.

    unreachable = _nullary("unreachable")
    nop = _nullary("nop")
    return_ = _nullary("return")
    ref_is_null = _nullary("ref.is_null")
    drop = _nullary("drop")
    select = _nullary("select")
    i32_eqz = _nullary("i32.eqz")
    i32_eq = _nullary("i32.eq")
    i32_ne = _nullary("i32.ne")
    i32_lt_s = _nullary("i32.lt_s")
    i32_lt_u = _nullary("i32.lt_u")
    i32_gt_s = _nullary("i32.gt_s")
    i32_gt_u = _nullary("i32.gt_u")
    i32_le_s = _nullary("i32.le_s")
    i32_le_u = _nullary("i32.le_u")
    i32_ge_s = _nullary("i32.ge_s")
    i32_ge_u = _nullary("i32.ge_u")
    i64_eqz = _nullary("i64.eqz")
    i64_eq = _nullary("i64.eq")
    i64_ne = _nullary("i64.ne")
    i64_lt_s = _nullary("i64.lt_s")
    i64_lt_u = _nullary("i64.lt_u")
    i64_gt_s = _nullary("i64.gt_s")
    i64_gt_u = _nullary("i64.gt_u")
    i64_le_s = _nullary("i64.le_s")
    i64_le_u = _nullary("i64.le_u")
    i64_ge_s = _nullary("i64.ge_s")
    i64_ge_u = _nullary("i64.ge_u")
    f32_eq = _nullary("f32.eq")
    f32_ne = _nullary("f32.ne")
    f32_lt = _nullary("f32.lt")
    f32_gt = _nullary("f32.gt")
    f32_le = _nullary("f32.le")
    f32_ge = _nullary("f32.ge")
    f64_eq = _nullary("f64.eq")
    f64_ne = _nullary("f64.ne")
    f64_lt = _nullary("f64.lt")
    f64_gt = _nullary("f64.gt")
    f64_le = _nullary("f64.le")
    f64_ge = _nullary("f64.ge")
    i32_clz = _nullary("i32.clz")
    i32_ctz = _nullary("i32.ctz")
    i32_popcnt = _nullary("i32.popcnt")
    i32_add = _nullary("i32.add")
    i32_sub = _nullary("i32.sub")
    i32_mul = _nullary("i32.mul")
    i32_div_s = _nullary("i32.div_s")
    i32_div_u = _nullary("i32.div_u")
    i32_rem_s = _nullary("i32.rem_s")
    i32_rem_u = _nullary("i32.rem_u")
    i32_and = _nullary("i32.and")
    i32_or = _nullary("i32.or")
    i32_xor = _nullary("i32.xor")
    i32_shl = _nullary("i32.shl")
    i32_shr_s = _nullary("i32.shr_s")
    i32_shr_u = _nullary("i32.shr_u")
    i32_rotl = _nullary("i32.rotl")
    i32_rotr = _nullary("i32.rotr")
    i64_clz = _nullary("i64.clz")
    i64_ctz = _nullary("i64.ctz")
    i64_popcnt = _nullary("i64.popcnt")
    i64_add = _nullary("i64.add")
    i64_sub = _nullary("i64.sub")
    i64_mul = _nullary("i64.mul")
    i64_div_s = _nullary("i64.div_s")
    i64_div_u = _nullary("i64.div_u")
    i64_rem_s = _nullary("i64.rem_s")
    i64_rem_u = _nullary("i64.rem_u")
    i64_and = _nullary("i64.and")
    i64_or = _nullary("i64.or")
    i64_xor = _nullary("i64.xor")
    i64_shl = _nullary("i64.shl")
    i64_shr_s = _nullary("i64.shr_s")
    i64_shr_u = _nullary("i64.shr_u")
    i64_rotl = _nullary("i64.rotl")
    i64_rotr = _nullary("i64.rotr")
    f32_abs = _nullary("f32.abs")
    f32_neg = _nullary("f32.neg")
    f32_ceil = _nullary("f32.ceil")
    f32_floor = _nullary("f32.floor")
    f32_trunc = _nullary("f32.trunc")
    f32_nearest = _nullary("f32.nearest")
    f32_sqrt = _nullary("f32.sqrt")
    f32_add = _nullary("f32.add")
    f32_sub = _nullary("f32.sub")
    f32_mul = _nullary("f32.mul")
    f32_div = _nullary("f32.div")
    f32_min = _nullary("f32.min")
    f32_max = _nullary("f32.max")
    f32_copysign = _nullary("f32.copysign")
    f64_abs = _nullary("f64.abs")
    f64_neg = _nullary("f64.neg")
    f64_ceil = _nullary("f64.ceil")
    f64_floor = _nullary("f64.floor")
    f64_trunc = _nullary("f64.trunc")
    f64_nearest = _nullary("f64.nearest")
    f64_sqrt = _nullary("f64.sqrt")
    f64_add = _nullary("f64.add")
    f64_sub = _nullary("f64.sub")
    f64_mul = _nullary("f64.mul")
    f64_div = _nullary("f64.div")
    f64_min = _nullary("f64.min")
    f64_max = _nullary("f64.max")
    f64_copysign = _nullary("f64.copysign")
    i32_wrap_i64 = _nullary("i32.wrap_i64")
    i32_trunc_f32_s = _nullary("i32.trunc_f32_s")
    i32_trunc_f32_u = _nullary("i32.trunc_f32_u")
    i32_trunc_f64_s = _nullary("i32.trunc_f64_s")
    i32_trunc_f64_u = _nullary("i32.trunc_f64_u")
    i64_extend_i32_s = _nullary("i64.extend_i32_s")
    i64_extend_i32_u = _nullary("i64.extend_i32_u")
    i64_trunc_f32_s = _nullary("i64.trunc_f32_s")
    i64_trunc_f32_u = _nullary("i64.trunc_f32_u")
    i64_trunc_f64_s = _nullary("i64.trunc_f64_s")
    i64_trunc_f64_u = _nullary("i64.trunc_f64_u")
    f32_convert_i32_s = _nullary("f32.convert_i32_s")
    f32_convert_i32_u = _nullary("f32.convert_i32_u")
    f32_convert_i64_s = _nullary("f32.convert_i64_s")
    f32_convert_i64_u = _nullary("f32.convert_i64_u")
    f32_demote_f64 = _nullary("f32.demote_f64")
    f64_convert_i32_s = _nullary("f64.convert_i32_s")
    f64_convert_i32_u = _nullary("f64.convert_i32_u")
    f64_convert_i64_s = _nullary("f64.convert_i64_s")
    f64_convert_i64_u = _nullary("f64.convert_i64_u")
    f64_promote_f32 = _nullary("f64.promote_f32")
    i32_reinterpret_f32 = _nullary("i32.reinterpret_f32")
    i64_reinterpret_f64 = _nullary("i64.reinterpret_f64")
    f32_reinterpret_i32 = _nullary("f32.reinterpret_i32")
    f64_reinterpret_i64 = _nullary("f64.reinterpret_i64")
    i32_extend8_s = _nullary("i32.extend8_s")
    i32_extend16_s = _nullary("i32.extend16_s")
    i64_extend8_s = _nullary("i64.extend8_s")
    i64_extend16_s = _nullary("i64.extend16_s")
    i64_extend32_s = _nullary("i64.extend32_s")
    i32_trunc_sat_f32_s = _nullary("i32.trunc_sat_f32_s")
    i32_trunc_sat_f32_u = _nullary("i32.trunc_sat_f32_u")
    i32_trunc_sat_f64_s = _nullary("i32.trunc_sat_f64_s")
    i32_trunc_sat_f64_u = _nullary("i32.trunc_sat_f64_u")
    i64_trunc_sat_f32_s = _nullary("i64.trunc_sat_f32_s")
    i64_trunc_sat_f32_u = _nullary("i64.trunc_sat_f32_u")
    i64_trunc_sat_f64_s = _nullary("i64.trunc_sat_f64_s")
    i64_trunc_sat_f64_u = _nullary("i64.trunc_sat_f64_u")
