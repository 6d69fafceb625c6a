"""WebAssembly type-level values: value types, function types, limits, block types, constant expressions.

Spec: https://webassembly.github.io/spec/core/binary/types.html and
https://webassembly.github.io/spec/core/valid/instructions.html#constant-expressions
"""

from __future__ import annotations

import enum
import struct
from dataclasses import dataclass, field
from typing import ClassVar

from molt.wasm.leb128 import encode_signed, encode_unsigned
from molt.wasm.opcodes import BY_METHOD

__all__ = [
    "ValType",
    "REF_TYPES",
    "FuncType",
    "ExternalKind",
    "Limits",
    "BlockType",
    "ConstExpr",
    "encode_name",
    "encode_i32",
    "encode_i64",
]


class ValType(enum.IntEnum):
    """Value types; the value is the type's one-byte binary encoding."""

    I32 = 0x7F
    I64 = 0x7E
    F32 = 0x7D
    F64 = 0x7C
    V128 = 0x7B
    FUNCREF = 0x70
    EXTERNREF = 0x6F


REF_TYPES = frozenset({ValType.FUNCREF, ValType.EXTERNREF})

# Spec 5.3.6: a function type is 0x60 followed by the parameter and result vectors.
_FUNC_TYPE_FORM = b"\x60"


@dataclass(frozen=True)
class FuncType:
    """A function signature."""

    params: tuple[ValType, ...]
    results: tuple[ValType, ...]

    def encode(self) -> bytes:
        return (
            _FUNC_TYPE_FORM
            + encode_unsigned(len(self.params))
            + bytes(self.params)
            + encode_unsigned(len(self.results))
            + bytes(self.results)
        )


class ExternalKind(enum.IntEnum):
    """Kinds of imports and exports (spec 5.5.5, 5.5.10)."""

    FUNC = 0
    TABLE = 1
    MEMORY = 2
    GLOBAL = 3


@dataclass(frozen=True)
class Limits:
    """Size bounds of a memory (in 64 KiB pages) or table (in elements)."""

    minimum: int
    maximum: int | None = None

    def __post_init__(self) -> None:
        if self.minimum < 0 or (self.maximum is not None and self.maximum < self.minimum):
            raise ValueError(f"invalid limits {self.minimum}..{self.maximum}")

    def encode(self) -> bytes:
        # Spec 5.3.7: flag 0x00 = min only, 0x01 = min and max.
        if self.maximum is None:
            return b"\x00" + encode_unsigned(self.minimum)
        return b"\x01" + encode_unsigned(self.minimum) + encode_unsigned(self.maximum)


@dataclass(frozen=True)
class BlockType:
    """The type of a block, loop or if: empty, one result value type, or a type index.

    Spec 5.4.1: encoded as 0x40, a value type byte, or a non-negative s33 type index
    (the signed encoding keeps type indices disjoint from the negative type bytes).
    """

    valtype: ValType | None = None
    index: int | None = None
    encoding: bytes = field(init=False, repr=False, compare=False)

    EMPTY: ClassVar[BlockType]

    def __post_init__(self) -> None:
        if self.valtype is not None and self.index is not None:
            raise ValueError("a block type is a value type or a type index, not both")
        if self.index is not None:
            if not 0 <= self.index < 1 << 32:
                raise ValueError(f"type index out of range: {self.index}")
            encoding = encode_signed(self.index)
        elif self.valtype is not None:
            encoding = bytes((self.valtype,))
        else:
            encoding = b"\x40"
        object.__setattr__(self, "encoding", encoding)

    @classmethod
    def value(cls, valtype: ValType) -> BlockType:
        """A block producing one value of this type and taking no parameters."""
        return cls(valtype=valtype)

    @classmethod
    def type_index(cls, index: int) -> BlockType:
        """A block typed by a function type (multi-value: parameters and several results)."""
        return cls(index=index)

    def encode(self) -> bytes:
        return self.encoding


BlockType.EMPTY = BlockType()


def encode_name(name: str) -> bytes:
    """Spec 5.2.4: a name is a vector of UTF-8 bytes."""
    data = name.encode("utf-8")
    return encode_unsigned(len(data)) + data


def encode_i32(value: int) -> bytes:
    """s32 immediate; accepts the signed or unsigned 32-bit range (two's complement)."""
    if not -(1 << 31) <= value < 1 << 32:
        raise ValueError(f"i32 constant out of range: {value}")
    if value >= 1 << 31:
        value -= 1 << 32
    return encode_signed(value)


def encode_i64(value: int) -> bytes:
    """s64 immediate; accepts the signed or unsigned 64-bit range (two's complement)."""
    if not -(1 << 63) <= value < 1 << 64:
        raise ValueError(f"i64 constant out of range: {value}")
    if value >= 1 << 63:
        value -= 1 << 64
    return encode_signed(value)


class ConstExpr:
    """A constant expression (global initialisers, segment offsets), terminated by ``end``."""

    __slots__ = ("_code",)

    def __init__(self, code: bytes) -> None:
        """`code` is the encoded instruction sequence without the final ``end``."""
        self._code = code

    def __repr__(self) -> str:
        return f"ConstExpr({self._code!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ConstExpr) and other._code == self._code

    def __hash__(self) -> int:
        return hash(self._code)

    @classmethod
    def i32_const(cls, value: int) -> ConstExpr:
        return cls(BY_METHOD["i32_const"].opcode + encode_i32(value))

    @classmethod
    def i64_const(cls, value: int) -> ConstExpr:
        return cls(BY_METHOD["i64_const"].opcode + encode_i64(value))

    @classmethod
    def f32_const(cls, value: float) -> ConstExpr:
        return cls(BY_METHOD["f32_const"].opcode + struct.pack("<f", value))

    @classmethod
    def f64_const(cls, value: float) -> ConstExpr:
        return cls(BY_METHOD["f64_const"].opcode + struct.pack("<d", value))

    @classmethod
    def global_get(cls, index: int) -> ConstExpr:
        return cls(BY_METHOD["global_get"].opcode + encode_unsigned(index))

    @classmethod
    def ref_null(cls, reftype: ValType) -> ConstExpr:
        if reftype not in REF_TYPES:
            raise ValueError(f"ref.null needs a reference type, got {reftype!r}")
        return cls(BY_METHOD["ref_null"].opcode + bytes((reftype,)))

    @classmethod
    def ref_func(cls, index: int) -> ConstExpr:
        return cls(BY_METHOD["ref_func"].opcode + encode_unsigned(index))

    def encode(self) -> bytes:
        return self._code + BY_METHOD["end"].opcode
