"""Static memory layout and the bits of boxed constants.

The value encoding and the object layouts are defined once, in the runtime's dialect source
(wasm_runtime/values.py). Codegen reads those constants by name from the compiled runtime,
so that a static str written here is exactly what the runtime's str functions read.

Linear memory, from address 0:

    0 .. DATA_START          never used (0 is the null address)
    DATA_START ..            static objects (str and tuple constants, functions) and data tables, 8-aligned
    ..                       zeroed tables (data_zero), not stored in the module
    heap_base ..             the allocator's heap, grown with memory.grow
"""

from __future__ import annotations

import struct

from molt.ir.ops import ConstTuple, ConstValue, DataAddress, FunctionRef, Sentinel

DATA_START = 16
PAGE = 65536


def _signed64(bits: int) -> int:
    bits &= (1 << 64) - 1
    return bits - (1 << 64) if bits >> 63 else bits


class Layout:
    def __init__(self, constants: dict[str, int | float], tables: dict[str, tuple[str, list[int]]],
                 strings: list[str], functions: list[FunctionRef] | None = None,
                 tuples: list[ConstTuple] | None = None) -> None:
        self.constants = constants
        self.tag_shift = int(constants["TAG_SHIFT"])
        self.payload_mask = (1 << self.tag_shift) - 1
        self.canonical_nan = _signed64(int(constants["CANONICAL_NAN"]))
        self.error_bits = _signed64(int(constants["ERROR_VALUE"]))
        self.exception_global = "EXC_CURRENT"
        self.data = bytearray()
        self.addresses: dict[str, int] = {}
        self.string_addresses: dict[str, int] = {}
        functions = functions or []
        names = [text for f in functions for text in (f.name, f.qualname or f.name, " ".join(f.params))]
        for s in dict.fromkeys(list(strings) + names):
            self.string_addresses[s] = self._place(self.static_str(s))
        # Tuple constants, each after the tuples it holds (collect_constants' order).
        self.tuple_addresses: dict[ConstTuple, int] = {}
        for t in tuples or []:
            self.tuple_addresses[t] = self._place(self.static_tuple(t))
        # Function objects; a function's table index is its position here.
        self.function_addresses: dict[str, int] = {}
        self.function_order = [f.symbol for f in functions]
        for index, f in enumerate(functions):
            self.function_addresses[f.symbol] = self._place(self.static_function(f, 2 * index))
        zero_tables = []
        for name, (kind, values) in tables.items():
            if kind == "zero":
                zero_tables.append((name, values[0]))
            else:
                self.addresses[name] = self._place(self.table_bytes(kind, values))
        end = DATA_START + len(self.data)
        for name, size in zero_tables:
            end = (end + 15) & ~15
            self.addresses[name] = end
            end += size
        self.heap_base = (end + 15) & ~15
        self.addresses["__heap_base"] = self.heap_base
        # One page of heap to start with; the allocator grows memory on demand.
        self.initial_pages = (self.heap_base + PAGE - 1) // PAGE + 1

    def _place(self, blob: bytes) -> int:
        while len(self.data) % 8:
            self.data.append(0)
        address = DATA_START + len(self.data)
        self.data += blob
        return address

    def tag_bits(self, tag_name: str) -> int:
        return _signed64(int(self.constants[tag_name]) << self.tag_shift)

    def static_str(self, s: str) -> bytes:
        """An immortal str object, laid out as wasm_runtime/str.py lays out str objects."""
        c = self.constants
        data = s.encode("utf-8", "surrogatepass")
        header_size = int(c["STR_DATA"])
        blob = bytearray(header_size)
        struct.pack_into("<i", blob, int(c["OB_REFCNT"]), int(c["IMMORTAL_REFCNT"]))
        struct.pack_into("<i", blob, int(c["OB_TYPE"]), int(c["TYPE_STR"]))
        struct.pack_into("<i", blob, int(c["STR_SIZE"]), len(data))
        struct.pack_into("<i", blob, int(c["STR_LENGTH"]), len(s))
        struct.pack_into("<q", blob, int(c["STR_HASH"]), -1)
        return bytes(blob) + data

    def static_tuple(self, t: ConstTuple) -> bytes:
        """An immortal tuple object, laid out as wasm_runtime/tuple.py lays out tuples."""
        c = self.constants
        items = int(c["TUPLE_ITEMS"])
        blob = bytearray(items + 8 * len(t.items))
        struct.pack_into("<i", blob, int(c["OB_REFCNT"]), int(c["IMMORTAL_REFCNT"]))
        struct.pack_into("<i", blob, int(c["OB_TYPE"]), int(c["TYPE_TUPLE"]))
        struct.pack_into("<i", blob, int(c["TUPLE_LENGTH"]), len(t.items))
        for i, item in enumerate(t.items):
            struct.pack_into("<q", blob, items + 8 * i, self.boxed_constant(item))
        return bytes(blob)

    def static_function(self, f: FunctionRef, table_index: int) -> bytes:
        """An immortal function object, laid out as wasm_runtime/functions.py reads it."""
        c = self.constants
        blob = bytearray(int(c["FUNCTION_OBJECT_SIZE"]))
        struct.pack_into("<i", blob, int(c["OB_REFCNT"]), int(c["IMMORTAL_REFCNT"]))
        struct.pack_into("<i", blob, int(c["OB_TYPE"]), int(c["TYPE_FUNCTION"]))
        struct.pack_into("<i", blob, int(c["FUNCTION_TABLE_INDEX"]), table_index)
        struct.pack_into("<i", blob, int(c["FUNCTION_ARITY"]), f.arity)
        struct.pack_into("<q", blob, int(c["FUNCTION_NAME"]), self.boxed_constant(f.name))
        struct.pack_into("<q", blob, int(c["FUNCTION_QUALNAME"]), self.boxed_constant(f.qualname or f.name))
        struct.pack_into("<q", blob, int(c["FUNCTION_PARAMS"]), self.boxed_constant(" ".join(f.params)))
        for field, value in (("FUNCTION_POSONLY", f.posonly), ("FUNCTION_ARGCOUNT", f.argcount),
                             ("FUNCTION_KWONLY", f.kwonly), ("FUNCTION_FLAGS", f.flags)):
            struct.pack_into("<i", blob, int(c[field]), value)
        return bytes(blob)

    @staticmethod
    def table_bytes(kind: str, values: list[int]) -> bytes:
        fmt = {"i64": "<q", "i32": "<i", "u8": "<B"}[kind]
        out = bytearray()
        for v in values:
            if kind == "i64":
                v = _signed64(v)
            elif kind == "i32":
                v = ((v + (1 << 31)) & 0xFFFFFFFF) - (1 << 31)
            out += struct.pack(fmt, v)
        return bytes(out)

    def boxed_constant(self, value: ConstValue) -> int:
        """The NaN-boxed bits of a constant, as a signed i64."""
        c = self.constants
        if isinstance(value, Sentinel):
            return _signed64(int(c[f"{value.name.upper()}_VALUE"]))
        if isinstance(value, bool):
            return self.tag_bits("TAG_BOOL") | int(value)
        if isinstance(value, int):
            assert -(1 << (self.tag_shift - 1)) <= value < (1 << (self.tag_shift - 1))
            return _signed64((value & self.payload_mask) | (int(c["TAG_INT"]) << self.tag_shift))
        if isinstance(value, float):
            if value != value:
                return self.canonical_nan
            return struct.unpack("<q", struct.pack("<d", value))[0]
        if value is None:
            return self.tag_bits("TAG_NONE")
        if isinstance(value, str):
            return _signed64((int(c["TAG_PTR"]) << self.tag_shift) | self.string_addresses[value])
        if isinstance(value, ConstTuple):
            return _signed64((int(c["TAG_PTR"]) << self.tag_shift) | self.tuple_addresses[value])
        if isinstance(value, FunctionRef):
            return _signed64((int(c["TAG_PTR"]) << self.tag_shift) | self.function_addresses[value.symbol])
        raise AssertionError(f"no boxed form for {value!r}")

    def i32_constant(self, value: ConstValue) -> int:
        if isinstance(value, DataAddress):
            return self.addresses[value.name]
        assert isinstance(value, (int, bool)), value
        return int(value)
