"""Section encoders: each section object owns its encoded items and their count.

Items are encoded as they are added (the model is Rust's wasm-encoder), so a section's
payload is LEB(count) followed by the item bytes.  Module adds the id and size.
Spec: https://webassembly.github.io/spec/core/binary/modules.html
Name section: https://webassembly.github.io/spec/core/appendix/custom.html#name-section
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import Protocol

from molt.wasm.leb128 import encode_unsigned
from molt.wasm.types import (
    REF_TYPES,
    ConstExpr,
    ExternalKind,
    FuncType,
    Limits,
    ValType,
    encode_name,
)

__all__ = [
    "Section",
    "SectionId",
    "CustomSection",
    "TypeSection",
    "ImportSection",
    "FunctionSection",
    "TableSection",
    "MemorySection",
    "GlobalSection",
    "ExportSection",
    "StartSection",
    "ElementSection",
    "CodeSection",
    "DataSection",
    "DataCountSection",
    "NameSection",
]


class SectionId(enum.IntEnum):
    """Section ids (spec 5.5.2)."""

    CUSTOM = 0
    TYPE = 1
    IMPORT = 2
    FUNCTION = 3
    TABLE = 4
    MEMORY = 5
    GLOBAL = 6
    EXPORT = 7
    START = 8
    ELEMENT = 9
    CODE = 10
    DATA = 11
    DATA_COUNT = 12


class Section(Protocol):
    """What Module needs from a section: its id and its payload."""

    @property
    def id(self) -> int: ...

    def encode(self) -> bytes: ...


def _check_reftype(reftype: ValType) -> None:
    if reftype not in REF_TYPES:
        raise ValueError(f"tables hold reference types, got {reftype!r}")


def _func_indices(indices: Iterable[int]) -> bytes:
    items = list(indices)
    return encode_unsigned(len(items)) + b"".join(encode_unsigned(i) for i in items)


def _mutability(mutable: bool) -> bytes:
    # Spec 5.3.10: 0x00 const, 0x01 var.
    return b"\x01" if mutable else b"\x00"


class _VectorSection:
    """A section whose payload is a vector of items, encoded one by one as added."""

    id: int = -1

    def __init__(self) -> None:
        self._items = bytearray()
        self.count = 0

    def _append(self, item: bytes) -> int:
        """Append one encoded item; return its position within this section."""
        self._items += item
        self.count += 1
        return self.count - 1

    def encode(self) -> bytes:
        return encode_unsigned(self.count) + bytes(self._items)


class TypeSection(_VectorSection):
    id = SectionId.TYPE

    def add(self, func_type: FuncType) -> int:
        """Add a function type; return its type index."""
        return self._append(func_type.encode())


class ImportSection(_VectorSection):
    """Imports.  Each add_* returns the index the import takes in its kind's index space,
    since imports precede definitions in every index space (spec 2.5.1)."""

    id = SectionId.IMPORT

    def __init__(self) -> None:
        super().__init__()
        self._kind_counts = {kind: 0 for kind in ExternalKind}

    def _add(self, module: str, name: str, kind: ExternalKind, desc: bytes) -> int:
        self._append(encode_name(module) + encode_name(name) + bytes((kind,)) + desc)
        index = self._kind_counts[kind]
        self._kind_counts[kind] = index + 1
        return index

    def count_of(self, kind: ExternalKind) -> int:
        """Number of imports of this kind so far."""
        return self._kind_counts[kind]

    def add_func(self, module: str, name: str, type_index: int) -> int:
        return self._add(module, name, ExternalKind.FUNC, encode_unsigned(type_index))

    def add_table(self, module: str, name: str, reftype: ValType, limits: Limits) -> int:
        _check_reftype(reftype)
        return self._add(module, name, ExternalKind.TABLE, bytes((reftype,)) + limits.encode())

    def add_memory(self, module: str, name: str, limits: Limits) -> int:
        return self._add(module, name, ExternalKind.MEMORY, limits.encode())

    def add_global(self, module: str, name: str, valtype: ValType, mutable: bool) -> int:
        desc = bytes((valtype,)) + _mutability(mutable)
        return self._add(module, name, ExternalKind.GLOBAL, desc)


class FunctionSection(_VectorSection):
    """The type index of each function defined in the module, in code-section order."""

    id = SectionId.FUNCTION

    def add(self, type_index: int) -> int:
        """Return the function's position among defined (not imported) functions."""
        return self._append(encode_unsigned(type_index))


class TableSection(_VectorSection):
    id = SectionId.TABLE

    def add(self, reftype: ValType, limits: Limits) -> int:
        """Return the table's position among defined (not imported) tables."""
        _check_reftype(reftype)
        return self._append(bytes((reftype,)) + limits.encode())


class MemorySection(_VectorSection):
    id = SectionId.MEMORY

    def add(self, limits: Limits) -> int:
        """Return the memory's position among defined (not imported) memories."""
        return self._append(limits.encode())


class GlobalSection(_VectorSection):
    id = SectionId.GLOBAL

    def add(self, valtype: ValType, mutable: bool, init: ConstExpr) -> int:
        """Return the global's position among defined globals; add the imported
        global count to get its index in the global index space."""
        return self._append(bytes((valtype,)) + _mutability(mutable) + init.encode())


class ExportSection(_VectorSection):
    id = SectionId.EXPORT

    def __init__(self) -> None:
        super().__init__()
        self._names: set[str] = set()

    def add(self, name: str, kind: ExternalKind, index: int) -> int:
        # Spec 3.4.10 (module validation): export names must be distinct.
        if name in self._names:
            raise ValueError(f"duplicate export name {name!r}")
        self._names.add(name)
        return self._append(encode_name(name) + bytes((kind,)) + encode_unsigned(index))


class StartSection:
    """The start function, run on instantiation."""

    id = SectionId.START
    count = 1

    def __init__(self, func_index: int) -> None:
        self.func_index = func_index

    def encode(self) -> bytes:
        return encode_unsigned(self.func_index)


class ElementSection(_VectorSection):
    """Element segments listing function indices (spec 5.5.12, flags 0-3).

    Flag bits: 0x01 passive or declarative, 0x02 explicit table index (or declarative
    when combined with 0x01), 0x04 expressions instead of function indices (unused here).
    """

    id = SectionId.ELEMENT

    # elemkind 0x00 is funcref, the only kind the function-index forms can express.
    _ELEMKIND_FUNCREF = b"\x00"

    def add_active(self, table_index: int, offset: ConstExpr, func_indices: Iterable[int]) -> int:
        """Copy these functions into the table at `offset` on instantiation."""
        funcs = _func_indices(func_indices)
        if table_index == 0:
            # Flag 0: table 0 implied, funcref implied (the MVP form).
            return self._append(b"\x00" + offset.encode() + funcs)
        item = b"\x02" + encode_unsigned(table_index) + offset.encode()
        return self._append(item + self._ELEMKIND_FUNCREF + funcs)

    def add_passive(self, func_indices: Iterable[int]) -> int:
        """A segment for table.init, not applied on instantiation."""
        return self._append(b"\x01" + self._ELEMKIND_FUNCREF + _func_indices(func_indices))

    def add_declarative(self, func_indices: Iterable[int]) -> int:
        """Declare functions referenced by ref.func in code (spec 3.4.6 C.refs)."""
        return self._append(b"\x03" + self._ELEMKIND_FUNCREF + _func_indices(func_indices))


class CodeSection(_VectorSection):
    id = SectionId.CODE

    def add(self, body: bytes) -> int:
        """Add a function body from FunctionBuilder.finish(); the size prefix is added here."""
        return self._append(encode_unsigned(len(body)) + body)


class DataSection(_VectorSection):
    """Data segments (spec 5.5.14, flags 0-2)."""

    id = SectionId.DATA

    def add_active(self, memory_index: int, offset: ConstExpr, data: bytes) -> int:
        """Copy `data` into memory at `offset` on instantiation."""
        payload = encode_unsigned(len(data)) + data
        if memory_index == 0:
            return self._append(b"\x00" + offset.encode() + payload)
        return self._append(b"\x02" + encode_unsigned(memory_index) + offset.encode() + payload)

    def add_passive(self, data: bytes) -> int:
        """A segment for memory.init; needs a DataCountSection when code refers to it."""
        return self._append(b"\x01" + encode_unsigned(len(data)) + data)


class DataCountSection:
    """The number of data segments, required before code uses memory.init or data.drop."""

    id = SectionId.DATA_COUNT

    def __init__(self, count: int) -> None:
        self.count = count

    def encode(self) -> bytes:
        return encode_unsigned(self.count)


class CustomSection:
    """A custom section: its payload is the name followed by arbitrary bytes."""

    id = SectionId.CUSTOM
    count = 1

    def __init__(self, name: str, payload: bytes) -> None:
        self.name = name
        self.payload = payload

    def encode(self) -> bytes:
        return encode_name(self.name) + self.payload


def _name_map(names: Iterable[tuple[int, str]]) -> bytes:
    # Appendix 7.4.2: a name map is sorted by index with no duplicates.
    items = sorted(names)
    for (a, _), (b, _) in zip(items, items[1:]):
        if a == b:
            raise ValueError(f"index {a} named twice in a name map")
    out = bytearray(encode_unsigned(len(items)))
    for index, name in items:
        out += encode_unsigned(index) + encode_name(name)
    return bytes(out)


class NameSection:
    """The "name" custom section: module, function and local names for debuggers."""

    id = SectionId.CUSTOM
    name = "name"

    # Subsection ids (appendix 7.4.1); they must appear in increasing order.
    MODULE = 0
    FUNCTION = 1
    LOCAL = 2

    def __init__(self) -> None:
        self._subsections: dict[int, bytes] = {}

    @property
    def count(self) -> int:
        """Number of subsections present."""
        return len(self._subsections)

    def module_name(self, name: str) -> None:
        self._subsections[self.MODULE] = encode_name(name)

    def function_names(self, names: Sequence[tuple[int, str]]) -> None:
        self._subsections[self.FUNCTION] = _name_map(names)

    def local_names(self, names: Sequence[tuple[int, Sequence[tuple[int, str]]]]) -> None:
        """Per function index, its (local index, name) pairs: an indirect name map."""
        funcs = sorted(names, key=lambda item: item[0])
        for (a, _), (b, _) in zip(funcs, funcs[1:]):
            if a == b:
                raise ValueError(f"function {a} has two local name maps")
        out = bytearray(encode_unsigned(len(funcs)))
        for func_index, local_map in funcs:
            out += encode_unsigned(func_index) + _name_map(local_map)
        self._subsections[self.LOCAL] = bytes(out)

    def encode(self) -> bytes:
        out = bytearray(encode_name(self.name))
        for sub_id in sorted(self._subsections):
            data = self._subsections[sub_id]
            out.append(sub_id)
            out += encode_unsigned(len(data)) + data
        return bytes(out)
