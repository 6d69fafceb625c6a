"""Tests for the disassembler: every table entry round-trips, and module text reads as expected."""

from __future__ import annotations

import math
from typing import Any

import pytest

from molt.wasm import (
    BlockType,
    CodeSection,
    ConstExpr,
    CustomSection,
    DataCountSection,
    DataSection,
    ElementSection,
    ExportSection,
    ExternalKind,
    FunctionBuilder,
    FunctionSection,
    FuncType,
    GlobalSection,
    ImportSection,
    Limits,
    Module,
    NameSection,
    TypeSection,
    ValType,
    disassemble,
)
from molt.wasm.disasm import decode_function_body, decode_instruction
from molt.wasm.opcodes import INSTRUCTIONS, Imm, OpInfo

I32, I64, F64 = ValType.I32, ValType.I64, ValType.F64

# Builder arguments per immediate kind, and what the decoder gives back for them.
ARGS: dict[Imm, tuple[tuple[Any, ...], tuple[Any, ...]]] = {
    Imm.NONE: ((), ()),
    Imm.BLOCKTYPE: ((BlockType.value(I64),), (BlockType.value(I64),)),
    Imm.LABEL: ((0,), (0,)),
    Imm.LABEL_TABLE: (([0, 0], 0), ((0, 0), 0)),
    Imm.FUNC: ((300,), (300,)),
    Imm.CALL_INDIRECT: ((2, 1), (2, 1)),
    Imm.LOCAL: ((1,), (1,)),
    Imm.GLOBAL: ((4,), (4,)),
    Imm.TABLE: ((1,), (1,)),
    Imm.MEMARG: ((8, 0), (8, 0)),
    Imm.MEMORY: ((0,), (0,)),
    Imm.I32: ((-7,), (-7,)),
    Imm.I64: ((2**40,), (2**40,)),
    Imm.F32: ((1.5,), (1.5,)),
    Imm.F64: ((-2.25,), (-2.25,)),
    Imm.REFTYPE: ((ValType.EXTERNREF,), (ValType.EXTERNREF,)),
    Imm.SELECT_TYPES: ((I64,), ((I64,),)),
    Imm.DATA: ((2,), (2,)),
    Imm.MEMORY_INIT: ((2, 0), (2, 0)),
    Imm.MEMORY_COPY: ((0, 0), (0, 0)),
    Imm.TABLE_INIT: ((3, 1), (3, 1)),
    Imm.TABLE_COPY: ((1, 2), (1, 2)),
    Imm.ELEM: ((3,), (3,)),
}


def _emit(fb: FunctionBuilder, info: OpInfo) -> None:
    """Emit `info` with sample immediates, opening and closing frames around it as needed."""
    if info.name == "else":
        fb.if_()
    elif info.name == "end":
        fb.block()
    getattr(fb, info.method)(*ARGS[info.imm][0])
    if info.imm is Imm.BLOCKTYPE or info.name == "else":
        fb.end()


def test_arg_table_covers_every_kind() -> None:
    assert set(ARGS) == set(Imm)


@pytest.mark.parametrize("info", INSTRUCTIONS, ids=lambda i: i.method)
def test_instruction_round_trip(info: OpInfo) -> None:
    fb = FunctionBuilder([], [])
    fb.nop()
    _emit(fb, info)
    _, code = decode_function_body(fb.finish())
    position = 2 if info.name in ("else", "end") else 1  # after nop and any opening if/block
    decoded, args = code[position]
    assert decoded is info
    assert args == ARGS[info.imm][1]
    assert code[-1][0].name == "end"


def test_decode_prefixed_opcode_bytes() -> None:
    info, args, pos = decode_instruction(bytes.fromhex("fc0a0000ff"), 0)
    assert (info.name, args, pos) == ("memory.copy", (0, 0), 4)
    with pytest.raises(ValueError, match="unknown opcode fc63"):
        decode_instruction(bytes.fromhex("fc63"), 0)
    with pytest.raises(ValueError, match="unknown opcode ff"):
        decode_instruction(b"\xff", 0)


def test_every_instruction_named_in_module_text() -> None:
    types = TypeSection()
    types.add(FuncType((), ()))
    functions = FunctionSection()
    code = CodeSection()
    names = NameSection()
    for info in INSTRUCTIONS:
        functions.add(0)
        fb = FunctionBuilder([], [])
        _emit(fb, info)
        code.add(fb.finish())
    names.function_names([(i, "f_" + info.method) for i, info in enumerate(INSTRUCTIONS)])
    module = Module().section(types).section(functions).section(code).section(names).finish()
    chunks = disassemble(module).split("  (func $f_")[1:]
    assert len(chunks) == len(INSTRUCTIONS)
    for chunk, info in zip(chunks, INSTRUCTIONS):
        method, _, rest = chunk.partition(" ")
        assert method == info.method
        lines = [line.strip() for line in rest.splitlines()[1:]]
        assert any(line == info.name or line.startswith(info.name + " ") for line in lines), chunk


def _sample_module() -> bytes:
    types = TypeSection()
    t_print = types.add(FuncType((I32,), (I32,)))
    imports = ImportSection()
    imports.add_func("env", "print", t_print)
    imports.add_memory("env", "mem", Limits(1))
    imports.add_global("env", "g", I64, True)
    imports.add_table("env", "tab", ValType.FUNCREF, Limits(1, 2))
    functions = FunctionSection()
    functions.add(t_print)
    globals_ = GlobalSection()
    globals_.add(I32, False, ConstExpr.i32_const(-3))
    exports = ExportSection()
    exports.add("f", ExternalKind.FUNC, 1)
    elements = ElementSection()
    elements.add_active(0, ConstExpr.i32_const(0), [1])
    fb = FunctionBuilder([I32], [I32], param_names=["n"])
    fb.add_local(I64, "x")
    fb.add_local(F64)
    outer = fb.block(BlockType.value(I32))
    fb.local_get(0)
    fb.if_()
    fb.br(outer)
    fb.else_()
    fb.local_get(2)
    fb.drop()
    fb.end()
    fb.i32_const(1)
    fb.call(0)
    fb.i64_load(offset=8, align=2)
    fb.f64_const(math.nan)
    fb.f64_const(-math.inf)
    fb.br_table([0, 1], 1)
    fb.end()
    code = CodeSection()
    code.add(fb.finish())
    data = DataSection()
    data.add_active(0, ConstExpr.i32_const(16), b'hi"\n')
    data.add_passive(b"x")
    names = NameSection()
    names.module_name("sample")
    names.function_names([(0, "print"), (1, "main")])
    names.local_names([(1, fb.local_names())])
    module = Module()
    for section in (
        types, imports, functions, globals_, exports, elements, DataCountSection(2), code, data,
        names, CustomSection("producers", b"abc"),
    ):  # fmt: skip
        module.section(section)
    return module.finish()


SAMPLE_TEXT = """\
(module $sample
  (type (;0;) (func (param i32) (result i32)))
  (import "env" "print" (func $print (;0;) (type 0)))
  (import "env" "mem" (memory (;0;) 1))
  (import "env" "g" (global (;0;) (mut i64)))
  (import "env" "tab" (table (;0;) 1 2 funcref))
  (func $main (;1;) (type 0) (param $n i32) (result i32)
    (local $x i64)
    (local f64)
    block (result i32)
      local.get $n
      if
        br 1
      else
        local.get 2
        drop
      end
      i32.const 1
      call $print
      i64.load offset=8 align=4
      f64.const nan
      f64.const -inf
      br_table 0 1 1
    end
  )
  (global (;1;) i32 (i32.const -3))
  (export "f" (func $main))
  (elem (;0;) (table 0) (i32.const 0) func $main)
  (; data count 2 ;)
  (data (;0;) (memory 0) (i32.const 16) "hi\\22\\0a")
  (data (;1;) passive "x")
  (@custom "producers" (; 3 bytes ;))
)
"""


def test_sample_module_text() -> None:
    assert disassemble(_sample_module()) == SAMPLE_TEXT


def test_immediate_formatting() -> None:
    fb = FunctionBuilder([], [])
    fb.block(BlockType.type_index(3))
    fb.end()
    fb.call_indirect(2)
    fb.return_call_indirect(2, 1)
    fb.ref_null(ValType.FUNCREF)
    fb.select_typed(I64)
    fb.memory_init(4)
    fb.memory_copy()
    fb.table_copy(1, 0)
    fb.table_init(5, 1)
    fb.i32_load8_u()
    fb.f32_const(float("-nan"))
    types = TypeSection()
    types.add(FuncType((), ()))
    functions = FunctionSection()
    functions.add(0)
    code = CodeSection()
    code.add(fb.finish())
    text = disassemble(Module().section(types).section(functions).section(code).finish())
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index("block (type 3)")
    assert lines[start : start + 13] == [
        "block (type 3)",
        "end",
        "call_indirect (type 2)",
        "return_call_indirect 1 (type 2)",
        "ref.null func",
        "select (result i64)",
        "memory.init 4",
        "memory.copy",
        "table.copy 1 0",
        "table.init 1 5",
        "i32.load8_u",
        "f32.const -nan",
        ")",
    ]


def test_passive_and_declarative_elements() -> None:
    elements = ElementSection()
    elements.add_passive([0, 1])
    elements.add_declarative([1])
    elements.add_active(2, ConstExpr.i32_const(4), [0])
    text = disassemble(Module().section(elements).finish())
    assert "(elem (;0;) passive func 0 1)" in text
    assert "(elem (;1;) declare func 1)" in text
    assert "(elem (;2;) (table 2) (i32.const 4) func 0)" in text


def test_malformed_input_rejected() -> None:
    with pytest.raises(ValueError):
        disassemble(b"\x00asm\x02\x00\x00\x00")
    with pytest.raises(ValueError):
        disassemble(b"\x00asm\x01\x00\x00\x00\x01\x05\x01")  # section runs past the end
