"""The single table of WebAssembly instructions: name, opcode bytes, immediates, alignment.

Every opcode number used by the encoder, the builder and the disassembler comes from
INSTRUCTIONS below; no other module may spell one.  Coverage: WebAssembly 1.0, plus
multi-value, bulk memory, sign extension, non-trapping float-to-int conversions,
reference types (table instructions, typed select) and tail calls.  No SIMD, GC or
exception handling.

Spec: https://webassembly.github.io/spec/core/binary/instructions.html
Tail calls: https://github.com/WebAssembly/tail-call/blob/main/proposals/tail-call/Overview.md
"""

from __future__ import annotations

import builtins
import enum
import keyword
from dataclasses import dataclass, field

from molt.wasm.leb128 import encode_unsigned

__all__ = [
    "Imm",
    "OpInfo",
    "INSTRUCTIONS",
    "BY_NAME",
    "BY_METHOD",
    "BY_BYTE",
    "BY_PREFIX",
    "MISC_PREFIX",
    "op",
]

# Instructions behind this byte carry a u32 LEB128 sub-opcode (spec 5.4: "0xFC u32").
MISC_PREFIX = 0xFC


class Imm(enum.Enum):
    """The shape of an instruction's immediates, in binary order."""

    NONE = "none"
    BLOCKTYPE = "blocktype"  # 0x40 | valtype | s33 type index
    LABEL = "label"  # u32 relative depth
    LABEL_TABLE = "label_table"  # vec(u32 depth) then u32 default depth
    FUNC = "func"  # u32 function index
    CALL_INDIRECT = "call_indirect"  # u32 type index then u32 table index
    LOCAL = "local"
    GLOBAL = "global"
    TABLE = "table"
    MEMARG = "memarg"  # u32 align (log2) then u32 offset
    MEMORY = "memory"  # u32 memory index (a reserved 0x00 byte before multi-memory)
    I32 = "i32"  # s32
    I64 = "i64"  # s64
    F32 = "f32"  # 4 bytes little endian IEEE 754
    F64 = "f64"  # 8 bytes little endian IEEE 754
    REFTYPE = "reftype"  # one reference type byte
    SELECT_TYPES = "select_types"  # vec(valtype)
    DATA = "data"  # u32 data segment index
    MEMORY_INIT = "memory_init"  # u32 data index then u32 memory index
    MEMORY_COPY = "memory_copy"  # u32 destination memory then u32 source memory
    TABLE_INIT = "table_init"  # u32 element index then u32 table index
    TABLE_COPY = "table_copy"  # u32 destination table then u32 source table
    ELEM = "elem"  # u32 element segment index


@dataclass(frozen=True)
class OpInfo:
    """One instruction: its spec text name, encoding and immediates."""

    name: str
    code: int
    imm: Imm = Imm.NONE
    prefix: int | None = None
    align: int | None = None  # natural alignment (log2) of loads and stores
    method: str = ""  # FunctionBuilder method; derived from name when empty
    opcode: bytes = field(init=False, compare=False)

    def __post_init__(self) -> None:
        if self.prefix is None:
            opcode = bytes((self.code,))
        else:
            opcode = bytes((self.prefix,)) + encode_unsigned(self.code)
        object.__setattr__(self, "opcode", opcode)
        if not self.method:
            object.__setattr__(self, "method", _method_name(self.name))


def _method_name(name: str) -> str:
    """Builder method name: '.' becomes '_'; Python keywords and builtins get a trailing '_'."""
    method = name.replace(".", "_")
    if keyword.iskeyword(method) or hasattr(builtins, method):
        method += "_"
    return method


def _mem(name: str, code: int, align: int) -> OpInfo:
    return OpInfo(name, code, Imm.MEMARG, align=align)


def _misc(name: str, code: int, imm: Imm = Imm.NONE) -> OpInfo:
    return OpInfo(name, code, imm, prefix=MISC_PREFIX)


INSTRUCTIONS: tuple[OpInfo, ...] = (
    # Control instructions (spec 5.4.1).
    OpInfo("unreachable", 0x00),
    OpInfo("nop", 0x01),
    OpInfo("block", 0x02, Imm.BLOCKTYPE),
    OpInfo("loop", 0x03, Imm.BLOCKTYPE),
    OpInfo("if", 0x04, Imm.BLOCKTYPE),
    OpInfo("else", 0x05),
    OpInfo("end", 0x0B),
    OpInfo("br", 0x0C, Imm.LABEL),
    OpInfo("br_if", 0x0D, Imm.LABEL),
    OpInfo("br_table", 0x0E, Imm.LABEL_TABLE),
    OpInfo("return", 0x0F),
    OpInfo("call", 0x10, Imm.FUNC),
    OpInfo("call_indirect", 0x11, Imm.CALL_INDIRECT),
    OpInfo("return_call", 0x12, Imm.FUNC),
    OpInfo("return_call_indirect", 0x13, Imm.CALL_INDIRECT),
    # Reference instructions (spec 5.4.2).
    OpInfo("ref.null", 0xD0, Imm.REFTYPE),
    OpInfo("ref.is_null", 0xD1),
    OpInfo("ref.func", 0xD2, Imm.FUNC),
    # Parametric instructions (spec 5.4.3); 0x1C is the typed form of select.
    OpInfo("drop", 0x1A),
    OpInfo("select", 0x1B),
    OpInfo("select", 0x1C, Imm.SELECT_TYPES, method="select_typed"),
    # Variable instructions (spec 5.4.4).
    OpInfo("local.get", 0x20, Imm.LOCAL),
    OpInfo("local.set", 0x21, Imm.LOCAL),
    OpInfo("local.tee", 0x22, Imm.LOCAL),
    OpInfo("global.get", 0x23, Imm.GLOBAL),
    OpInfo("global.set", 0x24, Imm.GLOBAL),
    # Table instructions (spec 5.4.5).
    OpInfo("table.get", 0x25, Imm.TABLE),
    OpInfo("table.set", 0x26, Imm.TABLE),
    _misc("table.init", 12, Imm.TABLE_INIT),
    _misc("elem.drop", 13, Imm.ELEM),
    _misc("table.copy", 14, Imm.TABLE_COPY),
    _misc("table.grow", 15, Imm.TABLE),
    _misc("table.size", 16, Imm.TABLE),
    _misc("table.fill", 17, Imm.TABLE),
    # Memory instructions (spec 5.4.6); the last argument is the natural alignment, log2.
    _mem("i32.load", 0x28, 2),
    _mem("i64.load", 0x29, 3),
    _mem("f32.load", 0x2A, 2),
    _mem("f64.load", 0x2B, 3),
    _mem("i32.load8_s", 0x2C, 0),
    _mem("i32.load8_u", 0x2D, 0),
    _mem("i32.load16_s", 0x2E, 1),
    _mem("i32.load16_u", 0x2F, 1),
    _mem("i64.load8_s", 0x30, 0),
    _mem("i64.load8_u", 0x31, 0),
    _mem("i64.load16_s", 0x32, 1),
    _mem("i64.load16_u", 0x33, 1),
    _mem("i64.load32_s", 0x34, 2),
    _mem("i64.load32_u", 0x35, 2),
    _mem("i32.store", 0x36, 2),
    _mem("i64.store", 0x37, 3),
    _mem("f32.store", 0x38, 2),
    _mem("f64.store", 0x39, 3),
    _mem("i32.store8", 0x3A, 0),
    _mem("i32.store16", 0x3B, 1),
    _mem("i64.store8", 0x3C, 0),
    _mem("i64.store16", 0x3D, 1),
    _mem("i64.store32", 0x3E, 2),
    OpInfo("memory.size", 0x3F, Imm.MEMORY),
    OpInfo("memory.grow", 0x40, Imm.MEMORY),
    _misc("memory.init", 8, Imm.MEMORY_INIT),
    _misc("data.drop", 9, Imm.DATA),
    _misc("memory.copy", 10, Imm.MEMORY_COPY),
    _misc("memory.fill", 11, Imm.MEMORY),
    # Numeric instructions (spec 5.4.7): constants.
    OpInfo("i32.const", 0x41, Imm.I32),
    OpInfo("i64.const", 0x42, Imm.I64),
    OpInfo("f32.const", 0x43, Imm.F32),
    OpInfo("f64.const", 0x44, Imm.F64),
    # i32 comparisons.
    OpInfo("i32.eqz", 0x45),
    OpInfo("i32.eq", 0x46),
    OpInfo("i32.ne", 0x47),
    OpInfo("i32.lt_s", 0x48),
    OpInfo("i32.lt_u", 0x49),
    OpInfo("i32.gt_s", 0x4A),
    OpInfo("i32.gt_u", 0x4B),
    OpInfo("i32.le_s", 0x4C),
    OpInfo("i32.le_u", 0x4D),
    OpInfo("i32.ge_s", 0x4E),
    OpInfo("i32.ge_u", 0x4F),
    # i64 comparisons.
    OpInfo("i64.eqz", 0x50),
    OpInfo("i64.eq", 0x51),
    OpInfo("i64.ne", 0x52),
    OpInfo("i64.lt_s", 0x53),
    OpInfo("i64.lt_u", 0x54),
    OpInfo("i64.gt_s", 0x55),
    OpInfo("i64.gt_u", 0x56),
    OpInfo("i64.le_s", 0x57),
    OpInfo("i64.le_u", 0x58),
    OpInfo("i64.ge_s", 0x59),
    OpInfo("i64.ge_u", 0x5A),
    # f32 and f64 comparisons.
    OpInfo("f32.eq", 0x5B),
    OpInfo("f32.ne", 0x5C),
    OpInfo("f32.lt", 0x5D),
    OpInfo("f32.gt", 0x5E),
    OpInfo("f32.le", 0x5F),
    OpInfo("f32.ge", 0x60),
    OpInfo("f64.eq", 0x61),
    OpInfo("f64.ne", 0x62),
    OpInfo("f64.lt", 0x63),
    OpInfo("f64.gt", 0x64),
    OpInfo("f64.le", 0x65),
    OpInfo("f64.ge", 0x66),
    # i32 arithmetic.
    OpInfo("i32.clz", 0x67),
    OpInfo("i32.ctz", 0x68),
    OpInfo("i32.popcnt", 0x69),
    OpInfo("i32.add", 0x6A),
    OpInfo("i32.sub", 0x6B),
    OpInfo("i32.mul", 0x6C),
    OpInfo("i32.div_s", 0x6D),
    OpInfo("i32.div_u", 0x6E),
    OpInfo("i32.rem_s", 0x6F),
    OpInfo("i32.rem_u", 0x70),
    OpInfo("i32.and", 0x71),
    OpInfo("i32.or", 0x72),
    OpInfo("i32.xor", 0x73),
    OpInfo("i32.shl", 0x74),
    OpInfo("i32.shr_s", 0x75),
    OpInfo("i32.shr_u", 0x76),
    OpInfo("i32.rotl", 0x77),
    OpInfo("i32.rotr", 0x78),
    # i64 arithmetic.
    OpInfo("i64.clz", 0x79),
    OpInfo("i64.ctz", 0x7A),
    OpInfo("i64.popcnt", 0x7B),
    OpInfo("i64.add", 0x7C),
    OpInfo("i64.sub", 0x7D),
    OpInfo("i64.mul", 0x7E),
    OpInfo("i64.div_s", 0x7F),
    OpInfo("i64.div_u", 0x80),
    OpInfo("i64.rem_s", 0x81),
    OpInfo("i64.rem_u", 0x82),
    OpInfo("i64.and", 0x83),
    OpInfo("i64.or", 0x84),
    OpInfo("i64.xor", 0x85),
    OpInfo("i64.shl", 0x86),
    OpInfo("i64.shr_s", 0x87),
    OpInfo("i64.shr_u", 0x88),
    OpInfo("i64.rotl", 0x89),
    OpInfo("i64.rotr", 0x8A),
    # f32 arithmetic.
    OpInfo("f32.abs", 0x8B),
    OpInfo("f32.neg", 0x8C),
    OpInfo("f32.ceil", 0x8D),
    OpInfo("f32.floor", 0x8E),
    OpInfo("f32.trunc", 0x8F),
    OpInfo("f32.nearest", 0x90),
    OpInfo("f32.sqrt", 0x91),
    OpInfo("f32.add", 0x92),
    OpInfo("f32.sub", 0x93),
    OpInfo("f32.mul", 0x94),
    OpInfo("f32.div", 0x95),
    OpInfo("f32.min", 0x96),
    OpInfo("f32.max", 0x97),
    OpInfo("f32.copysign", 0x98),
    # f64 arithmetic.
    OpInfo("f64.abs", 0x99),
    OpInfo("f64.neg", 0x9A),
    OpInfo("f64.ceil", 0x9B),
    OpInfo("f64.floor", 0x9C),
    OpInfo("f64.trunc", 0x9D),
    OpInfo("f64.nearest", 0x9E),
    OpInfo("f64.sqrt", 0x9F),
    OpInfo("f64.add", 0xA0),
    OpInfo("f64.sub", 0xA1),
    OpInfo("f64.mul", 0xA2),
    OpInfo("f64.div", 0xA3),
    OpInfo("f64.min", 0xA4),
    OpInfo("f64.max", 0xA5),
    OpInfo("f64.copysign", 0xA6),
    # Conversions.
    OpInfo("i32.wrap_i64", 0xA7),
    OpInfo("i32.trunc_f32_s", 0xA8),
    OpInfo("i32.trunc_f32_u", 0xA9),
    OpInfo("i32.trunc_f64_s", 0xAA),
    OpInfo("i32.trunc_f64_u", 0xAB),
    OpInfo("i64.extend_i32_s", 0xAC),
    OpInfo("i64.extend_i32_u", 0xAD),
    OpInfo("i64.trunc_f32_s", 0xAE),
    OpInfo("i64.trunc_f32_u", 0xAF),
    OpInfo("i64.trunc_f64_s", 0xB0),
    OpInfo("i64.trunc_f64_u", 0xB1),
    OpInfo("f32.convert_i32_s", 0xB2),
    OpInfo("f32.convert_i32_u", 0xB3),
    OpInfo("f32.convert_i64_s", 0xB4),
    OpInfo("f32.convert_i64_u", 0xB5),
    OpInfo("f32.demote_f64", 0xB6),
    OpInfo("f64.convert_i32_s", 0xB7),
    OpInfo("f64.convert_i32_u", 0xB8),
    OpInfo("f64.convert_i64_s", 0xB9),
    OpInfo("f64.convert_i64_u", 0xBA),
    OpInfo("f64.promote_f32", 0xBB),
    OpInfo("i32.reinterpret_f32", 0xBC),
    OpInfo("i64.reinterpret_f64", 0xBD),
    OpInfo("f32.reinterpret_i32", 0xBE),
    OpInfo("f64.reinterpret_i64", 0xBF),
    # Sign extension.
    OpInfo("i32.extend8_s", 0xC0),
    OpInfo("i32.extend16_s", 0xC1),
    OpInfo("i64.extend8_s", 0xC2),
    OpInfo("i64.extend16_s", 0xC3),
    OpInfo("i64.extend32_s", 0xC4),
    # Non-trapping float-to-int conversions.
    _misc("i32.trunc_sat_f32_s", 0),
    _misc("i32.trunc_sat_f32_u", 1),
    _misc("i32.trunc_sat_f64_s", 2),
    _misc("i32.trunc_sat_f64_u", 3),
    _misc("i64.trunc_sat_f32_s", 4),
    _misc("i64.trunc_sat_f32_u", 5),
    _misc("i64.trunc_sat_f64_s", 6),
    _misc("i64.trunc_sat_f64_u", 7),
)

# Text names are unique except "select", which names both 0x1B and 0x1C; the first
# (untyped) entry wins here.  BY_METHOD is unique for every entry.
BY_NAME: dict[str, OpInfo] = {}
for _info in INSTRUCTIONS:
    BY_NAME.setdefault(_info.name, _info)
BY_METHOD: dict[str, OpInfo] = {info.method: info for info in INSTRUCTIONS}
BY_BYTE: dict[int, OpInfo] = {info.code: info for info in INSTRUCTIONS if info.prefix is None}
BY_PREFIX: dict[int, dict[int, OpInfo]] = {}
for _info in INSTRUCTIONS:
    if _info.prefix is not None:
        BY_PREFIX.setdefault(_info.prefix, {})[_info.code] = _info
del _info

# Guard the invariants the rest of the package relies on: each key names one entry.
assert len(BY_METHOD) == len(INSTRUCTIONS)
assert len(BY_BYTE) + sum(map(len, BY_PREFIX.values())) == len(INSTRUCTIONS)
assert not set(BY_PREFIX) & set(BY_BYTE)


def op(name: str) -> OpInfo:
    """The instruction with this spec text name (``"i64.add"``); KeyError if unknown."""
    return BY_NAME[name]
