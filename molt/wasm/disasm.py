"""Disassembler: decodes a WebAssembly binary and prints it as readable WAT-like text.

Meant for tests and debugging, not as a validator: it decodes what the encoder in this
package writes (the sections of molt.wasm.sections and every instruction in
molt.wasm.opcodes) and raises ValueError on malformed or unknown input.  Instructions
are decoded through the opcode table; this module spells no opcode numbers.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass, field

from molt.wasm.leb128 import decode_signed, decode_unsigned
from molt.wasm.module import MAGIC, VERSION
from molt.wasm.opcodes import BY_BYTE, BY_PREFIX, Imm, OpInfo
from molt.wasm.sections import SectionId
from molt.wasm.types import BlockType, ExternalKind, FuncType, Limits, ValType

__all__ = [
    "Instruction",
    "decode_instruction",
    "decode_function_body",
    "function_instructions",
    "format_instruction",
    "disassemble",
]

# Decoded immediates, per Imm kind (in the same order as the builder's arguments):
#   BLOCKTYPE (BlockType,)   LABEL (depth,)   LABEL_TABLE ((depths...), default)
#   CALL_INDIRECT (type, table)   MEMARG (offset, align_log2)   REFTYPE (ValType,)
#   SELECT_TYPES ((ValType...),)   MEMORY_INIT (data, memory)   TABLE_INIT (elem, table)
#   MEMORY_COPY / TABLE_COPY (dst, src)   constants (value,)   other indices (index,)
Instruction = tuple[OpInfo, tuple[object, ...]]

_VALTYPE_BYTES = frozenset(int(v) for v in ValType)
_VALTYPE_TEXT = {v: v.name.lower() for v in ValType}
_REFTYPE_TEXT = {ValType.FUNCREF: "func", ValType.EXTERNREF: "extern"}
_KIND_TEXT = {k: k.name.lower() for k in ExternalKind}


class _Reader:
    """A cursor over bytes with the binary format's primitive decoders."""

    def __init__(self, data: bytes, pos: int = 0, end: int | None = None) -> None:
        self.data = data
        self.pos = pos
        self.end = len(data) if end is None else end

    def at_end(self) -> bool:
        return self.pos >= self.end

    def byte(self) -> int:
        if self.pos >= self.end:
            raise ValueError(f"unexpected end of input at offset {self.pos}")
        value = self.data[self.pos]
        self.pos += 1
        return value

    def take(self, n: int) -> bytes:
        if self.pos + n > self.end:
            raise ValueError(f"unexpected end of input at offset {self.pos}")
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def u32(self) -> int:
        value, self.pos = decode_unsigned(self.data, self.pos)
        return value

    def signed(self) -> int:
        value, self.pos = decode_signed(self.data, self.pos)
        return value

    def name(self) -> str:
        return self.take(self.u32()).decode("utf-8")

    def valtype(self) -> ValType:
        b = self.byte()
        if b not in _VALTYPE_BYTES:
            raise ValueError(f"bad value type 0x{b:02x} at offset {self.pos - 1}")
        return ValType(b)

    def limits(self) -> Limits:
        flag = self.byte()
        minimum = self.u32()
        return Limits(minimum, self.u32() if flag & 1 else None)

    def blocktype(self) -> BlockType:
        b = self.data[self.pos] if self.pos < self.end else -1
        if b == 0x40:  # spec 5.4.1: the empty block type
            self.pos += 1
            return BlockType.EMPTY
        if b in _VALTYPE_BYTES:
            self.pos += 1
            return BlockType.value(ValType(b))
        return BlockType.type_index(self.signed())


def _read_memarg(r: _Reader) -> tuple[object, ...]:
    align = r.u32()
    return (r.u32(), align)  # binary order is align, offset


def _read_f32(r: _Reader) -> tuple[object, ...]:
    return (struct.unpack("<f", r.take(4))[0],)


def _read_f64(r: _Reader) -> tuple[object, ...]:
    return (struct.unpack("<d", r.take(8))[0],)


def _read_label_table(r: _Reader) -> tuple[object, ...]:
    depths = tuple(r.u32() for _ in range(r.u32()))
    return (depths, r.u32())


_IMM_READERS: dict[Imm, Callable[[_Reader], tuple[object, ...]]] = {
    Imm.NONE: lambda r: (),
    Imm.BLOCKTYPE: lambda r: (r.blocktype(),),
    Imm.LABEL: lambda r: (r.u32(),),
    Imm.LABEL_TABLE: _read_label_table,
    Imm.FUNC: lambda r: (r.u32(),),
    Imm.CALL_INDIRECT: lambda r: (r.u32(), r.u32()),
    Imm.LOCAL: lambda r: (r.u32(),),
    Imm.GLOBAL: lambda r: (r.u32(),),
    Imm.TABLE: lambda r: (r.u32(),),
    Imm.MEMARG: _read_memarg,
    Imm.MEMORY: lambda r: (r.u32(),),
    Imm.I32: lambda r: (r.signed(),),
    Imm.I64: lambda r: (r.signed(),),
    Imm.F32: _read_f32,
    Imm.F64: _read_f64,
    Imm.REFTYPE: lambda r: (r.valtype(),),
    Imm.SELECT_TYPES: lambda r: (tuple(r.valtype() for _ in range(r.u32())),),
    Imm.DATA: lambda r: (r.u32(),),
    Imm.MEMORY_INIT: lambda r: (r.u32(), r.u32()),
    Imm.MEMORY_COPY: lambda r: (r.u32(), r.u32()),
    Imm.TABLE_INIT: lambda r: (r.u32(), r.u32()),
    Imm.TABLE_COPY: lambda r: (r.u32(), r.u32()),
    Imm.ELEM: lambda r: (r.u32(),),
}
assert set(_IMM_READERS) == set(Imm)


def _decode(r: _Reader) -> Instruction:
    start = r.pos
    b = r.byte()
    info = BY_BYTE.get(b)
    if info is None:
        sub_table = BY_PREFIX.get(b)
        sub = r.u32() if sub_table is not None else -1
        info = sub_table.get(sub) if sub_table is not None else None
        if info is None:
            raise ValueError(f"unknown opcode {r.data[start:r.pos].hex()} at offset {start}")
    return info, _IMM_READERS[info.imm](r)


def decode_instruction(data: bytes, pos: int) -> tuple[OpInfo, tuple[object, ...], int]:
    """Decode one instruction at data[pos:]; return (info, immediates, new position)."""
    r = _Reader(data, pos)
    info, args = _decode(r)
    return info, args, r.pos


def _read_locals(r: _Reader) -> list[tuple[int, ValType]]:
    return [(r.u32(), r.valtype()) for _ in range(r.u32())]


def decode_function_body(body: bytes) -> tuple[list[tuple[int, ValType]], list[Instruction]]:
    """Split a body (as from FunctionBuilder.finish()) into local runs and instructions.

    The instruction list includes the function's final ``end``.
    """
    r = _Reader(body)
    runs = _read_locals(r)
    code: list[Instruction] = []
    while not r.at_end():
        code.append(_decode(r))
    return runs, code


def function_instructions(body: bytes) -> list[tuple[str, tuple[object, ...]]]:
    """(spec name, immediates) of each instruction in a function body, final ``end`` included."""
    return [(info.name, args) for info, args in decode_function_body(body)[1]]


def _read_const_expr(r: _Reader) -> list[Instruction]:
    code: list[Instruction] = []
    while True:
        info, args = _decode(r)
        if info.name == "end":
            return code
        code.append((info, args))


# -- formatting -------------------------------------------------------------------


def _id(name: str) -> str:
    # WAT identifiers allow printable ASCII except space, quotes, commas, parens, brackets.
    if name and all(33 <= ord(c) < 127 and c not in '"(),;[]{}' for c in name):
        return "$" + name
    return "$" + _string(name.encode("utf-8"))


def _string(data: bytes) -> str:
    out = []
    for b in data:
        if 0x20 <= b < 0x7F and b not in (0x22, 0x5C):
            out.append(chr(b))
        else:
            out.append(f"\\{b:02x}")
    return '"' + "".join(out) + '"'


def _float(value: float, bits: int) -> str:
    if math.isinf(value):
        return "-inf" if value < 0 else "inf"
    if math.isnan(value):
        # Spec 6.3.2: print the payload unless it is the canonical NaN (quiet bit only).
        raw = struct.pack("<f", value) if bits == 32 else struct.pack("<d", value)
        as_int = int.from_bytes(raw, "little")
        mantissa_bits = 23 if bits == 32 else 52
        payload = as_int & ((1 << mantissa_bits) - 1)
        sign = "-" if as_int >> (bits - 1) else ""
        if payload == 1 << (mantissa_bits - 1):
            return sign + "nan"
        return f"{sign}nan:0x{payload:x}"
    return repr(value)


def _blocktype_text(bt: BlockType) -> str:
    if bt.index is not None:
        return f"(type {bt.index})"
    if bt.valtype is not None:
        return f"(result {_VALTYPE_TEXT[bt.valtype]})"
    return ""


@dataclass
class _Names:
    """Names from the name section, used to print $identifiers instead of indices."""

    module: str | None = None
    funcs: dict[int, str] = field(default_factory=dict)
    locals: dict[int, dict[int, str]] = field(default_factory=dict)


def _int(value: object) -> int:
    assert isinstance(value, int)
    return value


def _ref(index: int, names: dict[int, str] | None) -> str:
    if names is not None and index in names:
        return _id(names[index])
    return str(index)


def format_instruction(
    info: OpInfo,
    args: tuple[object, ...],
    func_names: dict[int, str] | None = None,
    local_names: dict[int, str] | None = None,
) -> str:
    """One instruction as text: its spec name then its immediates in WAT style."""
    imm = info.imm
    text: str
    if imm is Imm.NONE:
        return info.name
    if imm is Imm.BLOCKTYPE:
        assert isinstance(args[0], BlockType)
        text = _blocktype_text(args[0])
    elif imm is Imm.LABEL_TABLE:
        depths, default = args
        assert isinstance(depths, tuple)
        text = " ".join(str(d) for d in (*depths, default))
    elif imm is Imm.FUNC:
        text = _ref(_int(args[0]), func_names)
    elif imm is Imm.LOCAL:
        text = _ref(_int(args[0]), local_names)
    elif imm is Imm.CALL_INDIRECT:
        type_index, table_index = args
        text = f"(type {type_index})" if table_index == 0 else f"{table_index} (type {type_index})"
    elif imm is Imm.MEMARG:
        offset, align = args
        parts = [f"offset={offset}"] if offset else []
        if align != info.align:
            parts.append(f"align={1 << _int(align)}")
        text = " ".join(parts)
    elif imm is Imm.F32 or imm is Imm.F64:
        assert isinstance(args[0], float)
        text = _float(args[0], 32 if imm is Imm.F32 else 64)
    elif imm is Imm.REFTYPE:
        assert isinstance(args[0], ValType)
        text = _REFTYPE_TEXT.get(args[0], _VALTYPE_TEXT[args[0]])
    elif imm is Imm.SELECT_TYPES:
        assert isinstance(args[0], tuple)
        text = " ".join(f"(result {_VALTYPE_TEXT[t]})" for t in args[0])
    elif imm is Imm.MEMORY:
        text = "" if args[0] == 0 else str(args[0])
    elif imm is Imm.MEMORY_INIT or imm is Imm.TABLE_INIT:
        segment, space = args  # WAT puts the memory/table first, omitted when 0
        text = str(segment) if space == 0 else f"{space} {segment}"
    elif imm is Imm.MEMORY_COPY or imm is Imm.TABLE_COPY:
        text = "" if args == (0, 0) else f"{args[0]} {args[1]}"
    else:
        text = " ".join(str(a) for a in args)
    return f"{info.name} {text}" if text else info.name


def _const_text(code: list[Instruction], func_names: dict[int, str]) -> str:
    return " ".join(f"({format_instruction(i, a, func_names)})" for i, a in code)


def _functype_text(ft: FuncType) -> str:
    parts = ["func"]
    if ft.params:
        parts.append("(param " + " ".join(_VALTYPE_TEXT[t] for t in ft.params) + ")")
    if ft.results:
        parts.append("(result " + " ".join(_VALTYPE_TEXT[t] for t in ft.results) + ")")
    return "(" + " ".join(parts) + ")"


def _limits_text(limits: Limits) -> str:
    return str(limits.minimum) + ("" if limits.maximum is None else f" {limits.maximum}")


def _global_type_text(valtype: ValType, mutable: bool) -> str:
    return f"(mut {_VALTYPE_TEXT[valtype]})" if mutable else _VALTYPE_TEXT[valtype]


# -- module parsing ----------------------------------------------------------------


@dataclass
class _Import:
    module: str
    name: str
    kind: ExternalKind
    type_index: int = 0  # FUNC
    limits: Limits | None = None  # TABLE, MEMORY
    valtype: ValType = ValType.I32  # TABLE (its reftype), GLOBAL
    mutable: bool = False  # GLOBAL


@dataclass
class _Parsed:
    types: list[FuncType] = field(default_factory=list)
    imports: list[_Import] = field(default_factory=list)
    func_types: list[int] = field(default_factory=list)
    tables: list[tuple[ValType, Limits]] = field(default_factory=list)
    memories: list[Limits] = field(default_factory=list)
    globals: list[tuple[ValType, bool, list[Instruction]]] = field(default_factory=list)
    exports: list[tuple[str, ExternalKind, int]] = field(default_factory=list)
    start: int | None = None
    # (mode text, offset or None, function indices, item expressions), printed once
    # names are known; a segment has either function indices or expressions.
    elems: list[tuple[str, list[Instruction] | None, list[int], list[list[Instruction]]]] = field(
        default_factory=list
    )
    data_count: int | None = None
    bodies: list[bytes] = field(default_factory=list)
    datas: list[tuple[str, list[Instruction] | None, bytes]] = field(default_factory=list)
    customs: list[tuple[str, int]] = field(default_factory=list)
    names: _Names = field(default_factory=_Names)


def _parse_import(r: _Reader, p: _Parsed) -> None:
    imp = _Import(r.name(), r.name(), ExternalKind(r.byte()))
    if imp.kind is ExternalKind.FUNC:
        imp.type_index = r.u32()
    elif imp.kind is ExternalKind.TABLE:
        imp.valtype, imp.limits = r.valtype(), r.limits()
    elif imp.kind is ExternalKind.MEMORY:
        imp.limits = r.limits()
    else:
        imp.valtype, imp.mutable = r.valtype(), r.byte() == 1
    p.imports.append(imp)


def _parse_elem(r: _Reader, p: _Parsed) -> None:
    # Spec 5.5.12: bit 0 passive/declarative, bit 1 table index (or declarative), bit 2 exprs.
    flags = r.u32()
    offset: list[Instruction] | None = None
    mode = "declare" if flags & 3 == 3 else "passive" if flags & 1 else "active"
    if not flags & 1:
        table = r.u32() if flags & 2 else 0
        offset = _read_const_expr(r)
        mode = f"(table {table})"
    if flags & 3:  # forms with an explicit elemkind or reftype byte
        r.byte()
    funcs: list[int] = []
    exprs: list[list[Instruction]] = []
    for _ in range(r.u32()):
        if flags & 4:
            exprs.append(_read_const_expr(r))
        else:
            funcs.append(r.u32())
    p.elems.append((mode, offset, funcs, exprs))


def _parse_data(r: _Reader, p: _Parsed) -> None:
    flags = r.u32()
    if flags == 1:
        p.datas.append(("passive", None, r.take(r.u32())))
        return
    memory = r.u32() if flags == 2 else 0
    offset = _read_const_expr(r)
    p.datas.append((f"(memory {memory})", offset, r.take(r.u32())))


def _parse_names(r: _Reader, names: _Names) -> None:
    while not r.at_end():
        sub_id, size = r.byte(), r.u32()
        end = r.pos + size
        if sub_id == 0:
            names.module = r.name()
        elif sub_id == 1:
            names.funcs = {r.u32(): r.name() for _ in range(r.u32())}
        elif sub_id == 2:
            for _ in range(r.u32()):
                func = r.u32()
                names.locals[func] = {r.u32(): r.name() for _ in range(r.u32())}
        r.pos = end  # skip subsections this printer does not show


def _parse_section(section_id: int, r: _Reader, p: _Parsed) -> None:
    if section_id == SectionId.CUSTOM:
        name = r.name()
        if name == "name":
            _parse_names(r, p.names)
        else:
            p.customs.append((name, r.end - r.pos))
        r.pos = r.end
        return
    if section_id == SectionId.START:
        p.start = r.u32()
        return
    if section_id == SectionId.DATA_COUNT:
        p.data_count = r.u32()
        return
    for _ in range(r.u32()):
        if section_id == SectionId.TYPE:
            if r.byte() != 0x60:
                raise ValueError("function type must start with 0x60")
            params = tuple(r.valtype() for _ in range(r.u32()))
            p.types.append(FuncType(params, tuple(r.valtype() for _ in range(r.u32()))))
        elif section_id == SectionId.IMPORT:
            _parse_import(r, p)
        elif section_id == SectionId.FUNCTION:
            p.func_types.append(r.u32())
        elif section_id == SectionId.TABLE:
            p.tables.append((r.valtype(), r.limits()))
        elif section_id == SectionId.MEMORY:
            p.memories.append(r.limits())
        elif section_id == SectionId.GLOBAL:
            valtype, mutable = r.valtype(), r.byte() == 1
            p.globals.append((valtype, mutable, _read_const_expr(r)))
        elif section_id == SectionId.EXPORT:
            p.exports.append((r.name(), ExternalKind(r.byte()), r.u32()))
        elif section_id == SectionId.ELEMENT:
            _parse_elem(r, p)
        elif section_id == SectionId.CODE:
            p.bodies.append(r.take(r.u32()))
        elif section_id == SectionId.DATA:
            _parse_data(r, p)
        else:
            raise ValueError(f"unknown section id {section_id}")


def _parse(module_bytes: bytes) -> _Parsed:
    if module_bytes[:4] != MAGIC or module_bytes[4:8] != VERSION:
        raise ValueError("not a WebAssembly version 1 module")
    r = _Reader(module_bytes, 8)
    p = _Parsed()
    while not r.at_end():
        section_id, size = r.byte(), r.u32()
        if r.pos + size > len(module_bytes):
            raise ValueError(f"section {section_id} runs past the end of the module")
        section = _Reader(module_bytes, r.pos, r.pos + size)
        _parse_section(section_id, section, p)
        if section.pos != section.end:
            raise ValueError(f"section {section_id} has {section.end - section.pos} extra bytes")
        r.pos = section.end
    return p


# -- printing ----------------------------------------------------------------------


def _function_lines(p: _Parsed, func_index: int, type_index: int, body: bytes) -> list[str]:
    names = p.names
    local_names = names.locals.get(func_index, {})
    ft = p.types[type_index] if type_index < len(p.types) else FuncType((), ())
    header = ["func"]
    if func_index in names.funcs:
        header.append(_id(names.funcs[func_index]))
    header.append(f"(;{func_index};) (type {type_index})")
    for i, t in enumerate(ft.params):
        label = f" {_id(local_names[i])}" if i in local_names else ""
        header.append(f"(param{label} {_VALTYPE_TEXT[t]})")
    if ft.results:
        header.append("(result " + " ".join(_VALTYPE_TEXT[t] for t in ft.results) + ")")
    lines = ["  (" + " ".join(header)]
    runs, code = decode_function_body(body)
    index = len(ft.params)
    for count, valtype in runs:
        for _ in range(count):
            label = f" {_id(local_names[index])}" if index in local_names else ""
            lines.append(f"    (local{label} {_VALTYPE_TEXT[valtype]})")
            index += 1
    depth = 0
    for position, (info, args) in enumerate(code):
        if info.name == "end":
            if depth == 0 and position == len(code) - 1:
                break  # the function's own end closes the "(func" line instead
            depth -= 1
        indent = "    " + "  " * max(depth - (info.name == "else"), 0)
        lines.append(indent + format_instruction(info, args, names.funcs, local_names))
        if info.imm is Imm.BLOCKTYPE:
            depth += 1
    lines.append("  )")
    return lines


def disassemble(module_bytes: bytes) -> str:
    """Print a module as WAT-like text, one instruction per line, indented by block depth.

    Branch targets are shown as relative depths; functions and locals are shown by
    their $name when the name section provides one.
    """
    p = _parse(module_bytes)
    funcs = p.names.funcs
    lines = ["(module" + (f" {_id(p.names.module)}" if p.names.module is not None else "")]
    for i, ft in enumerate(p.types):
        lines.append(f"  (type (;{i};) {_functype_text(ft)})")
    counts = {kind: 0 for kind in ExternalKind}
    for imp in p.imports:
        kind = imp.kind
        index = counts[kind]
        counts[kind] += 1
        head = f"  (import {_string(imp.module.encode())} {_string(imp.name.encode())} "
        head += f"({_KIND_TEXT[kind]}"
        if kind is ExternalKind.FUNC:
            label = f" {_id(funcs[index])}" if index in funcs else ""
            desc = f"{label} (;{index};) (type {imp.type_index})"
        elif kind is ExternalKind.GLOBAL:
            desc = f" (;{index};) {_global_type_text(imp.valtype, imp.mutable)}"
        else:
            assert imp.limits is not None
            desc = f" (;{index};) {_limits_text(imp.limits)}"
            if kind is ExternalKind.TABLE:
                desc += f" {_VALTYPE_TEXT[imp.valtype]}"
        lines.append(f"{head}{desc}))")
    first = counts[ExternalKind.FUNC]
    for i, (type_index, body) in enumerate(zip(p.func_types, p.bodies)):
        lines.extend(_function_lines(p, first + i, type_index, body))
    first = counts[ExternalKind.TABLE]
    for i, (reftype, limits) in enumerate(p.tables):
        lines.append(f"  (table (;{first + i};) {_limits_text(limits)} {_VALTYPE_TEXT[reftype]})")
    first = counts[ExternalKind.MEMORY]
    for i, limits in enumerate(p.memories):
        lines.append(f"  (memory (;{first + i};) {_limits_text(limits)})")
    first = counts[ExternalKind.GLOBAL]
    for i, (valtype, mutable, init) in enumerate(p.globals):
        type_text = _global_type_text(valtype, mutable)
        lines.append(f"  (global (;{first + i};) {type_text} {_const_text(init, funcs)})")
    for name, kind, index in p.exports:
        target = _ref(index, funcs) if kind is ExternalKind.FUNC else str(index)
        lines.append(f"  (export {_string(name.encode())} ({_KIND_TEXT[kind]} {target}))")
    if p.start is not None:
        lines.append(f"  (start {_ref(p.start, funcs)})")
    for i, (mode, offset, func_items, expr_items) in enumerate(p.elems):
        where = mode if offset is None else f"{mode} {_const_text(offset, funcs)}"
        if expr_items:
            items = " ".join(f"(item {_const_text(e, funcs)})" for e in expr_items)
        else:
            items = " ".join(["func", *(_ref(f, funcs) for f in func_items)])
        lines.append(f"  (elem (;{i};) {where} {items})")
    if p.data_count is not None:
        lines.append(f"  (; data count {p.data_count} ;)")
    for i, (mode, offset, data) in enumerate(p.datas):
        where = mode if offset is None else f"{mode} {_const_text(offset, funcs)}"
        lines.append(f"  (data (;{i};) {where} {_string(data)})")
    for name, size in p.customs:
        lines.append(f"  (@custom {_string(name.encode())} (; {size} bytes ;))")
    lines.append(")")
    return "\n".join(lines) + "\n"
