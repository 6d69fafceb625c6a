"""Modules built with the encoder must validate in wasmtime and compute the right results.

Covers every section kind and every instruction in the opcode table (checked by
test_every_instruction_validates), then runs a sample of them.
"""

from __future__ import annotations

import math
import re
import struct
from collections.abc import Callable, Sequence
from typing import Any

import pytest
import wasmtime

from molt.wasm import (
    BlockType, CodeSection, ConstExpr, DataCountSection, DataSection, ElementSection,
    ExportSection, ExternalKind, FunctionBuilder, FunctionSection, FuncType, GlobalSection,
    ImportSection, Limits, MemorySection, Module, NameSection, StartSection, TableSection,
    TypeSection, ValType, disassemble,
)  # fmt: skip
from molt.wasm.disasm import decode_function_body
from molt.wasm.opcodes import INSTRUCTIONS, Imm

I32, I64, F32, F64 = ValType.I32, ValType.I64, ValType.F32, ValType.F64
FUNCREF, EXTERNREF = ValType.FUNCREF, ValType.EXTERNREF
ENGINE = wasmtime.Engine()


class Asm:
    """Collects the pieces of a test module and emits sections in spec order."""

    def __init__(self) -> None:
        self.types = TypeSection()
        self._type_ids: dict[FuncType, int] = {}
        self.imports = ImportSection()
        self.functions = FunctionSection()
        self.tables = TableSection()
        self.memories = MemorySection()
        self.globals = GlobalSection()
        self.exports = ExportSection()
        self.start: StartSection | None = None
        self.elements = ElementSection()
        self.data_count: DataCountSection | None = None
        self.code = CodeSection()
        self.data = DataSection()
        self.names: NameSection | None = None
        self.bodies: list[bytes] = []

    def type(self, params: Sequence[ValType], results: Sequence[ValType]) -> int:
        ft = FuncType(tuple(params), tuple(results))
        if ft not in self._type_ids:
            self._type_ids[ft] = self.types.add(ft)
        return self._type_ids[ft]

    @property
    def next_func(self) -> int:
        return self.imports.count_of(ExternalKind.FUNC) + self.functions.count

    def func(self, fb: FunctionBuilder, export: str | None = None) -> int:
        index = self.next_func
        self.functions.add(self.type(fb.params, fb.results))
        body = fb.finish()
        self.bodies.append(body)
        self.code.add(body)
        if export is not None:
            self.exports.add(export, ExternalKind.FUNC, index)
        return index

    def simple(
        self, export: str, params: list[ValType], results: list[ValType], *ops: str | tuple[Any, ...]
    ) -> int:
        """A function from builder calls, each "method" or ("method", arg, ...)."""
        fb = FunctionBuilder(params, results)
        for op in ops:
            name, *args = (op,) if isinstance(op, str) else op
            getattr(fb, name)(*args)
        return self.func(fb, export)

    def finish(self) -> bytes:
        module = Module()
        sections: list[Any] = [
            self.types, self.imports, self.functions, self.tables, self.memories, self.globals,
            self.exports, self.start, self.elements, self.data_count, self.code, self.data,
            self.names,
        ]  # fmt: skip
        for section in sections:
            if section is not None and section.count:
                module.section(section)
        return module.finish()


def _const_fn(value: int) -> FunctionBuilder:
    fb = FunctionBuilder([], [I32])
    fb.i32_const(value)
    return fb


# -- module builders ---------------------------------------------------------------


def all_sections_module() -> Asm:
    """Imports, memory, table + element segments, globals, exports, start, data, names."""
    asm = Asm()
    log = asm.imports.add_func("env", "log", asm.type([I32], []))
    base = asm.imports.add_global("env", "base", I32, False)
    asm.memories.add(Limits(1, 4))
    asm.exports.add("memory", ExternalKind.MEMORY, 0)
    asm.tables.add(FUNCREF, Limits(4))
    asm.exports.add("table", ExternalKind.TABLE, 0)
    counter = asm.imports.count_of(ExternalKind.GLOBAL) + asm.globals.add(
        I32, True, ConstExpr.global_get(base)
    )
    asm.globals.add(I64, False, ConstExpr.i64_const(-(2**40)))
    asm.globals.add(F64, False, ConstExpr.f64_const(math.pi))
    asm.globals.add(F32, True, ConstExpr.f32_const(0.5))
    asm.globals.add(EXTERNREF, True, ConstExpr.ref_null(EXTERNREF))
    asm.exports.add("counter", ExternalKind.GLOBAL, counter)

    start = FunctionBuilder([], [])
    start.i32_const(7)
    start.call(log)
    start.global_get(counter)
    start.i32_const(1)
    start.i32_add()
    start.global_set(counter)
    start_index = asm.func(start)
    asm.start = StartSection(start_index)
    asm.globals.add(FUNCREF, False, ConstExpr.ref_func(start_index))

    ten = asm.func(_const_fn(10), "ten")
    twenty = asm.func(_const_fn(20), "twenty")
    dispatch = FunctionBuilder([I32], [I32], param_names=["slot"])
    dispatch.local_get(0)
    dispatch.call_indirect(asm.type([], [I32]))
    dispatch_index = asm.func(dispatch, "dispatch")

    # memory.init(destination 64, segment offset 0, length 5), then read back byte 68
    init = (("i32_const", 64), ("i32_const", 0), ("i32_const", 5), ("memory_init", 1))
    read = (("i32_const", 0), ("i32_load8_u", 68))
    asm.simple("init_mem", [], [I32], *init, ("data_drop", 1), *read)
    asm.simple("read_active", [], [I32], ("i32_const", 8), "i32_load")

    asm.elements.add_active(0, ConstExpr.i32_const(0), [ten, twenty])
    asm.elements.add_passive([twenty, ten])
    asm.elements.add_declarative([dispatch_index])
    asm.data_count = DataCountSection(2)
    asm.data.add_active(0, ConstExpr.i32_const(8), b"\x2a\x00\x00\x00")
    asm.data.add_passive(b"hello")
    asm.names = NameSection()
    asm.names.module_name("sections")
    asm.names.function_names([(log, "log"), (start_index, "start"), (dispatch_index, "dispatch")])
    asm.names.local_names([(dispatch_index, dispatch.local_names())])
    return asm


def control_module() -> Asm:
    asm = Asm()
    # factorial(n: i64) -> i64 with a loop
    fb = FunctionBuilder([I64], [I64], param_names=["n"])
    acc = fb.add_local(I64, "acc")
    fb.i64_const(1)
    fb.local_set(acc)
    done = fb.block()
    top = fb.loop()
    fb.local_get(0)
    fb.i64_eqz()
    fb.br_if(done)
    fb.local_get(acc)
    fb.local_get(0)
    fb.i64_mul()
    fb.local_set(acc)
    fb.local_get(0)
    fb.i64_const(1)
    fb.i64_sub()
    fb.local_set(0)
    fb.br(top)
    fb.end()
    fb.end()
    fb.local_get(acc)
    asm.func(fb, "factorial")

    # switch(n) -> 10 / 20 / 30, default 99, through br_table
    fb = FunctionBuilder([I32], [I32])
    b3 = fb.block()
    b2 = fb.block()
    b1 = fb.block()
    b0 = fb.block()
    fb.local_get(0)
    fb.br_table([b0, b1, b2], b3)
    for value in (10, 20, 30):
        fb.end()
        fb.i32_const(value)
        fb.return_()
    fb.end()
    fb.i32_const(99)
    asm.func(fb, "switch")

    # swap_sub(a, b) = b - a, through a multi-value block typed by index
    fb = FunctionBuilder([I32, I32], [I32])
    t, u = fb.add_local(I32), fb.add_local(I32)
    fb.local_get(0)
    fb.local_get(1)
    fb.block(BlockType.type_index(asm.type([I32, I32], [I32, I32])))
    fb.local_set(t)
    fb.local_set(u)
    fb.local_get(t)
    fb.local_get(u)
    fb.end()
    fb.i32_sub()
    asm.func(fb, "swap_sub")

    # pair(a) -> (a, a as i64): multiple results
    fb = FunctionBuilder([I32], [I32, I64])
    fb.local_get(0)
    fb.local_get(0)
    fb.local_tee(0)
    fb.i64_extend_i32_s()
    asm.func(fb, "pair")

    # abs(x) with if/else producing a value
    fb = FunctionBuilder([I32], [I32])
    fb.local_get(0)
    fb.i32_const(0)
    fb.i32_lt_s()
    fb.if_(BlockType.value(I32))
    fb.i32_const(0)
    fb.local_get(0)
    fb.i32_sub()
    fb.else_()
    fb.local_get(0)
    fb.end()
    asm.func(fb, "abs")

    # max(a, b) with untyped select; max64 with typed select
    for name, ty, gt in (("max", I32, "i32_gt_s"), ("max64", I64, "i64_gt_s")):
        fb = FunctionBuilder([ty, ty], [ty])
        fb.nop()
        fb.local_get(0)
        fb.local_get(1)
        fb.local_get(0)
        fb.local_get(1)
        getattr(fb, gt)()
        if ty is I32:
            fb.select()
        else:
            fb.select_typed(I64)
        asm.func(fb, name)

    asm.simple("trap", [], [], ("i32_const", 1), "drop", "unreachable")
    return asm


def numeric_module() -> Asm:
    asm = Asm()
    fb = FunctionBuilder([I64, I64], [I64])
    for op in ("i64_mul", "i64_xor", "i64_rotl", "i64_add"):
        fb.local_get(0)
        fb.local_get(1)
        getattr(fb, op)()
    # The stack now holds a*b, a^b, a rotl b, a+b: sum them.
    fb.i64_add()
    fb.i64_add()
    fb.i64_add()
    asm.func(fb, "mix")
    for name, op, params, result in (
        ("ext8", "i32_extend8_s", [I32], I32),
        ("ext16_64", "i64_extend16_s", [I64], I64),
        ("ext32", "i64_extend32_s", [I64], I64),
        ("sat_i32", "i32_trunc_sat_f64_s", [F64], I32),
        ("sat_u64", "i64_trunc_sat_f64_u", [F64], I64),
        ("sat_f32_u", "i32_trunc_sat_f32_u", [F32], I32),
        ("bits_f64", "i64_reinterpret_f64", [F64], I64),
        ("wrap", "i32_wrap_i64", [I64], I32),
        ("popcnt", "i64_popcnt", [I64], I64),
        ("clz", "i32_clz", [I32], I32),
        ("div_u", "i32_div_u", [I32, I32], I32),
        ("rem_s", "i64_rem_s", [I64, I64], I64),
        ("copysign", "f64_copysign", [F64, F64], F64),
        ("nearest", "f64_nearest", [F64], F64),
    ):
        fb = FunctionBuilder(params, [result])
        for i in range(len(params)):
            fb.local_get(i)
        getattr(fb, op)()
        asm.func(fb, name)
    fb = FunctionBuilder([F64, F64], [F64])  # hypot through sqrt, with an f32 round trip
    fb.local_get(0)
    fb.local_get(0)
    fb.f64_mul()
    fb.local_get(1)
    fb.local_get(1)
    fb.f64_mul()
    fb.f64_add()
    fb.f64_sqrt()
    fb.f32_demote_f64()
    fb.f32_const(1.0)
    fb.f32_mul()
    fb.f64_promote_f32()
    fb.f64_const(0.0)
    fb.f64_add()
    asm.func(fb, "hypot")
    # One function per immediate-free numeric instruction, typed from its name.
    for info in INSTRUCTIONS:
        sig = numeric_signature(info.name)
        if sig is None or info.imm is not Imm.NONE:
            continue
        fb = FunctionBuilder(*sig)
        for i in range(len(sig[0])):
            fb.local_get(i)
        getattr(fb, info.method)()
        asm.func(fb)
    return asm


_NUM = {"i32": I32, "i64": I64, "f32": F32, "f64": F64}
_UNARY = {"clz", "ctz", "popcnt", "abs", "neg", "ceil", "floor", "trunc", "nearest", "sqrt"}
_RELATIONAL = re.compile(r"(eq|ne|lt|gt|le|ge)(_[su])?$")


def numeric_signature(name: str) -> tuple[list[ValType], list[ValType]] | None:
    """The operand and result types of a numeric instruction, read off its spec name."""
    prefix, _, op = name.partition(".")
    if prefix not in _NUM:
        return None
    t = _NUM[prefix]
    source = re.search(r"_(i32|i64|f32|f64)(_[su])?$", op)
    if source:  # conversions name their operand type: i32.trunc_sat_f64_s
        return [_NUM[source[1]]], [t]
    if op == "eqz":
        return [t], [I32]
    if _RELATIONAL.match(op):
        return [t, t], [I32]
    if op in _UNARY or op.startswith("extend"):
        return [t], [t]
    if "load" in op or "store" in op or "const" in op:
        return None
    return [t, t], [t]


def memory_module() -> Asm:
    asm = Asm()
    asm.memories.add(Limits(1, 3))
    asm.exports.add("memory", ExternalKind.MEMORY, 0)
    fb = FunctionBuilder([], [I64])
    fb.i32_const(16)
    fb.i32_const(0xAB)
    fb.i32_const(8)
    fb.memory_fill()
    fb.i32_const(100)
    fb.i32_const(16)
    fb.i32_const(8)
    fb.memory_copy()
    fb.i32_const(0)
    fb.i64_load(offset=100, align=2)
    asm.func(fb, "fill_copy")
    asm.simple("grow", [I32], [I32], ("local_get", 0), "memory_grow")
    asm.simple("size", [], [I32], "memory_size")
    # One exported accessor per load and store: load_<op>(addr), store_<op>(addr, value).
    for info in INSTRUCTIONS:
        if info.imm is not Imm.MEMARG:
            continue
        t = _NUM[info.name.split(".")[0]]
        if "load" in info.name:
            fb = FunctionBuilder([I32], [t])
            fb.local_get(0)
        else:
            fb = FunctionBuilder([I32, t], [])
            fb.local_get(0)
            fb.local_get(1)
        getattr(fb, info.method)(offset=4)
        asm.func(fb, info.method)
    return asm


def table_module() -> Asm:
    asm = Asm()
    asm.tables.add(FUNCREF, Limits(2, 10))
    asm.tables.add(EXTERNREF, Limits(1))
    one = asm.func(_const_fn(1), "one")
    two = asm.func(_const_fn(2), "two")
    asm.elements.add_declarative([one, two])
    passive = asm.elements.add_passive([two, one])
    asm.elements.add_active(0, ConstExpr.i32_const(0), [one])

    g0, g1, g2 = ("local_get", 0), ("local_get", 1), ("local_get", 2)
    fn_type = asm.type([], [I32])
    asm.simple("call_at", [I32], [I32], g0, ("call_indirect", fn_type))
    asm.simple("tail_at", [I32], [I32], g0, ("return_call_indirect", fn_type, 0))
    asm.simple("set_two", [I32], [], g0, ("ref_func", two), ("table_set", 0))
    asm.simple("grow", [I32], [I32], ("ref_null", FUNCREF), g0, ("table_grow", 0))
    asm.simple("size", [], [I32], ("table_size", 0))
    asm.simple("fill", [I32, I32], [], g0, ("ref_func", two), g1, ("table_fill", 0))
    asm.simple("is_null", [I32], [I32], g0, ("table_get", 0), "ref_is_null")
    asm.simple("copy", [I32, I32, I32], [], g0, g1, g2, ("table_copy", 0, 0))
    init = (("i32_const", 0), ("i32_const", 2), ("table_init", passive, 0))
    asm.simple("init", [I32], [], g0, *init)
    asm.simple("drop_elem", [], [], ("elem_drop", passive))
    pick = (("ref_func", one), ("ref_null", FUNCREF), g0, ("select_typed", FUNCREF))
    asm.simple("pick", [I32], [I32], *pick, "ref_is_null")
    asm.simple("put_ext", [EXTERNREF], [], ("i32_const", 0), g0, ("table_set", 1))
    asm.simple("ext_is_null", [], [I32], ("i32_const", 0), ("table_get", 1), "ref_is_null")
    asm.simple("ext_size", [], [I32], ("table_size", 1))
    return asm


def tail_call_module(tail: bool) -> Asm:
    """is_even / is_odd by mutual recursion on an i64 countdown."""
    asm = Asm()
    even = asm.next_func
    odd = even + 1
    for target, result_at_zero, name in ((odd, 1, "is_even"), (even, 0, "is_odd")):
        fb = FunctionBuilder([I64], [I32])
        fb.local_get(0)
        fb.i64_eqz()
        fb.if_()
        fb.i32_const(result_at_zero)
        fb.return_()
        fb.end()
        fb.local_get(0)
        fb.i64_const(1)
        fb.i64_sub()
        if tail:
            fb.return_call(target)
        else:
            fb.call(target)
        asm.func(fb, name)
    return asm


MODULES: dict[str, Callable[[], Asm]] = {
    "all_sections": all_sections_module,
    "control": control_module,
    "numeric": numeric_module,
    "memory": memory_module,
    "table": table_module,
    "tail_calls": lambda: tail_call_module(True),
    "plain_calls": lambda: tail_call_module(False),
}


# -- tests -------------------------------------------------------------------------


def _instance(asm: Asm) -> tuple[wasmtime.Store, Any]:
    store = wasmtime.Store(ENGINE)
    instance = wasmtime.Instance(store, wasmtime.Module(ENGINE, asm.finish()), [])
    return store, instance.exports(store)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_validates(name: str) -> None:
    wasmtime.Module.validate(ENGINE, MODULES[name]().finish())


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_disassembles(name: str) -> None:
    assert disassemble(MODULES[name]().finish()).startswith("(module")


def test_every_instruction_validates() -> None:
    used = {
        info
        for build in MODULES.values()
        for body in build().bodies
        for info, _ in decode_function_body(body)[1]
    }
    assert [info.method for info in INSTRUCTIONS if info not in used] == []


def test_all_sections_run() -> None:
    logged: list[int] = []
    store = wasmtime.Store(ENGINE)
    log = wasmtime.Func(
        store, wasmtime.FuncType([wasmtime.ValType.i32()], []), lambda v: logged.append(v)
    )
    base = wasmtime.Global(store, wasmtime.GlobalType(wasmtime.ValType.i32(), False), 100)
    module = wasmtime.Module(ENGINE, all_sections_module().finish())
    exports: Any = wasmtime.Instance(store, module, [log, base]).exports(store)
    assert logged == [7]  # the start function ran
    assert exports["counter"].value(store) == 101
    assert exports["dispatch"](store, 0) == 10
    assert exports["dispatch"](store, 1) == 20
    assert exports["read_active"](store) == 42
    assert exports["init_mem"](store) == ord("o")
    assert exports["memory"].read(store, 64, 69) == b"hello"
    with pytest.raises(wasmtime.Trap):
        exports["init_mem"](store)  # the segment was dropped: memory.init now traps


def test_control_flow_run() -> None:
    store, ex = _instance(control_module())
    assert ex["factorial"](store, 20) == math.factorial(20)
    assert [ex["switch"](store, n) for n in (0, 1, 2, 3, 100, -1)] == [10, 20, 30, 99, 99, 99]
    assert ex["swap_sub"](store, 3, 10) == 7
    assert ex["pair"](store, -5) == [-5, -5]
    assert ex["abs"](store, -9) == 9 and ex["abs"](store, 4) == 4
    assert ex["max"](store, 3, -8) == 3 and ex["max64"](store, -(2**40), 2) == 2
    with pytest.raises(wasmtime.Trap):
        ex["trap"](store)


def _s64(value: int) -> int:
    value &= 2**64 - 1
    return value - 2**64 if value >= 2**63 else value


def test_numeric_run() -> None:
    store, ex = _instance(numeric_module())
    a, b = 0x1234_5678_9ABC_DEF0, 13
    rotl = ((a << b) | (a >> (64 - b))) & (2**64 - 1)
    assert ex["mix"](store, a, b) == _s64(a * b + (a ^ b) + rotl + a + b)
    assert ex["ext8"](store, 0x80) == -128
    assert ex["ext16_64"](store, 0x8001) == -32767
    assert ex["ext32"](store, 0xFFFF_FFFF) == -1
    assert ex["sat_i32"](store, math.nan) == 0
    assert ex["sat_i32"](store, 1e20) == 2**31 - 1
    assert ex["sat_i32"](store, -1e20) == -(2**31)
    assert ex["sat_u64"](store, -5.0) == 0
    assert ex["sat_f32_u"](store, 3.75) == 3
    assert ex["bits_f64"](store, 1.0) == 0x3FF0_0000_0000_0000
    assert ex["wrap"](store, 2**33 + 5) == 5
    assert ex["popcnt"](store, -1) == 64
    assert ex["clz"](store, 1) == 31
    assert ex["div_u"](store, -1, 2) == 2**31 - 1
    assert ex["rem_s"](store, -7, 2) == -1
    assert ex["copysign"](store, 2.0, -0.0) == -2.0
    assert ex["nearest"](store, 2.5) == 2.0
    assert ex["hypot"](store, 3.0, 4.0) == 5.0


def test_memory_run() -> None:
    store, ex = _instance(memory_module())
    assert ex["fill_copy"](store) == _s64(0xABAB_ABAB_ABAB_ABAB)
    assert ex["memory"].read(store, 100, 108) == b"\xab" * 8
    assert ex["size"](store) == 1
    assert ex["grow"](store, 1) == 1
    assert ex["grow"](store, 5) == -1  # beyond the maximum of 3 pages
    assert ex["size"](store) == 2
    pattern = bytes(range(0x80, 0x90))
    ex["memory"].write(store, pattern, 1000)
    for fmt, op in (("<b", "i32_load8_s"), ("<H", "i64_load16_u"), ("<i", "i64_load32_s"),
                    ("<q", "i64_load"), ("<d", "f64_load"), ("<h", "i32_load16_s")):  # fmt: skip
        expected = struct.unpack_from(fmt, pattern, 4)[0]
        got = ex[op](store, 1000)  # every accessor adds offset=4
        assert got == expected or (math.isnan(got) and math.isnan(expected)), op
    ex["i64_store32"](store, 2000, -2)
    ex["i32_store16"](store, 2008, 0x12345)
    ex["f32_store"](store, 2012, 1.5)
    assert ex["memory"].read(store, 2004, 2010) == b"\xfe\xff\xff\xff\x00\x00"
    assert ex["memory"].read(store, 2012, 2020) == b"\x45\x23\x00\x00" + struct.pack("<f", 1.5)


def test_table_run() -> None:
    store, ex = _instance(table_module())
    assert ex["call_at"](store, 0) == 1
    assert ex["is_null"](store, 1) == 1
    ex["set_two"](store, 1)
    assert ex["call_at"](store, 1) == 2 and ex["tail_at"](store, 1) == 2
    assert ex["grow"](store, 3) == 2 and ex["size"](store) == 5
    assert ex["is_null"](store, 4) == 1
    ex["fill"](store, 3, 2)
    assert ex["call_at"](store, 4) == 2
    ex["init"](store, 2)  # passive segment [two, one] into slots 2, 3
    assert [ex["call_at"](store, i) for i in range(5)] == [1, 2, 2, 1, 2]
    ex["copy"](store, 0, 3, 1)
    assert ex["call_at"](store, 0) == 1
    ex["drop_elem"](store)
    with pytest.raises(wasmtime.Trap):
        ex["init"](store, 0)
    assert ex["pick"](store, 1) == 0 and ex["pick"](store, 0) == 1
    assert ex["ext_is_null"](store) == 1 and ex["ext_size"](store) == 1
    ex["put_ext"](store, "host object")
    assert ex["ext_is_null"](store) == 0


def test_tail_calls_do_not_grow_the_stack() -> None:
    store, ex = _instance(tail_call_module(True))
    assert ex["is_even"](store, 1_000_000) == 1
    assert ex["is_odd"](store, 1_000_001) == 1
    assert ex["is_even"](store, 7) == 0


def test_plain_calls_overflow() -> None:
    # The same program with `call` instead of `return_call` exhausts the stack,
    # so the tail-call test above really depends on return_call.
    store, ex = _instance(tail_call_module(False))
    assert ex["is_even"](store, 10) == 1
    with pytest.raises(wasmtime.Trap):
        ex["is_even"](store, 1_000_000)
