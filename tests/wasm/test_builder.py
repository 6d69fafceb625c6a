"""Tests for FunctionBuilder: label depths, control-stack errors, locals, immediates."""

from __future__ import annotations

import pytest

from molt.wasm import BlockType, FunctionBuilder, ValType, function_instructions
from molt.wasm.opcodes import INSTRUCTIONS, Imm

I32, I64, F64 = ValType.I32, ValType.I64, ValType.F64


def _code(fb: FunctionBuilder) -> list[tuple[str, tuple[object, ...]]]:
    return function_instructions(fb.finish())


def test_label_depths() -> None:
    fb = FunctionBuilder([], [])
    outer = fb.block()
    loop = fb.loop()
    inner = fb.if_()
    fb.br(inner)
    fb.br(loop)
    fb.br_if(outer)
    fb.br(3)  # the function body itself
    fb.br_table([inner, loop, outer], outer)
    fb.else_()
    fb.br(inner)  # the else arm is still the same frame
    fb.end()
    fb.br(loop)
    fb.end()
    fb.br(outer)
    fb.end()
    assert _code(fb) == [
        ("block", (BlockType.EMPTY,)),
        ("loop", (BlockType.EMPTY,)),
        ("if", (BlockType.EMPTY,)),
        ("br", (0,)),
        ("br", (1,)),
        ("br_if", (2,)),
        ("br", (3,)),
        ("br_table", ((0, 1, 2), 2)),
        ("else", ()),
        ("br", (0,)),
        ("end", ()),
        ("br", (0,)),
        ("end", ()),
        ("br", (0,)),
        ("end", ()),
        ("end", ()),
    ]


def test_branch_to_closed_label_rejected() -> None:
    fb = FunctionBuilder([], [])
    done = fb.block()
    fb.end()
    assert not done.is_open
    with pytest.raises(ValueError):
        fb.br(done)
    with pytest.raises(ValueError):
        fb.br_table([done], 0)


def test_branch_to_other_builders_label_rejected() -> None:
    other = FunctionBuilder([], [])
    foreign = other.block()
    fb = FunctionBuilder([], [])
    fb.block()
    with pytest.raises(ValueError):
        fb.br_if(foreign)


def test_raw_depth_range() -> None:
    fb = FunctionBuilder([], [])
    fb.block()
    fb.br(1)  # the function body
    with pytest.raises(ValueError):
        fb.br(2)
    with pytest.raises(ValueError):
        fb.br(-1)


def test_unbalanced_end_rejected() -> None:
    fb = FunctionBuilder([], [])
    with pytest.raises(ValueError):
        fb.end()
    fb.block()
    fb.end()
    with pytest.raises(ValueError):
        fb.end()


def test_finish_with_open_frame_rejected() -> None:
    fb = FunctionBuilder([], [])
    fb.loop()
    with pytest.raises(ValueError, match="loop"):
        fb.finish()


def test_finish_twice_rejected() -> None:
    fb = FunctionBuilder([], [])
    fb.finish()
    with pytest.raises(ValueError):
        fb.finish()


def test_else_needs_open_if() -> None:
    fb = FunctionBuilder([], [])
    with pytest.raises(ValueError):
        fb.else_()
    fb.block()
    with pytest.raises(ValueError):
        fb.else_()
    fb.end()
    fb.if_()
    fb.else_()
    with pytest.raises(ValueError):
        fb.else_()


def test_depth_property() -> None:
    fb = FunctionBuilder([], [])
    assert fb.depth == 0
    fb.block()
    fb.if_()
    assert fb.depth == 2
    fb.end()
    assert fb.depth == 1


def test_local_indices_and_runs() -> None:
    fb = FunctionBuilder([I32, F64], [], param_names=["a", None])
    assert fb.add_local(I64, "x") == 2
    assert fb.add_local(I64) == 3
    assert fb.add_local(I32, "n") == 4
    assert fb.add_local(I64, "y") == 5
    assert fb.local_types == (I32, F64, I64, I64, I32, I64)
    assert fb.local_names() == [(0, "a"), (2, "x"), (4, "n"), (5, "y")]
    body = fb.finish()
    # Three runs in declaration order: 2 x i64, 1 x i32, 1 x i64; then the final end.
    assert body == bytes([0x03, 0x02, I64, 0x01, I32, 0x01, I64, 0x0B])


def test_no_locals_body() -> None:
    assert FunctionBuilder([I32], [I32]).finish() == b"\x00\x0b"


def test_param_names_must_match() -> None:
    with pytest.raises(ValueError):
        FunctionBuilder([I32], [], param_names=["a", "b"])


def test_constants() -> None:
    fb = FunctionBuilder([], [])
    fb.i32_const(0xFFFFFFFF)  # unsigned spelling of -1
    fb.i32_const(-(2**31))
    fb.i64_const(2**64 - 1)
    fb.i64_const(2**63)
    fb.i64_const(-5)
    fb.f64_const(0.5)
    fb.f32_const(-2.0)
    assert _code(fb)[:-1] == [
        ("i32.const", (-1,)),
        ("i32.const", (-(2**31),)),
        ("i64.const", (-1,)),
        ("i64.const", (-(2**63),)),
        ("i64.const", (-5,)),
        ("f64.const", (0.5,)),
        ("f32.const", (-2.0,)),
    ]


@pytest.mark.parametrize("value", [2**64, -(2**63) - 1])
def test_i64_const_range(value: int) -> None:
    with pytest.raises(ValueError):
        FunctionBuilder([], []).i64_const(value)


@pytest.mark.parametrize("value", [2**32, -(2**31) - 1])
def test_i32_const_range(value: int) -> None:
    with pytest.raises(ValueError):
        FunctionBuilder([], []).i32_const(value)


def test_memarg_defaults_and_checks() -> None:
    fb = FunctionBuilder([], [])
    fb.i64_load()
    fb.i64_load(offset=16, align=1)
    fb.i32_store8(offset=3)
    with pytest.raises(ValueError):
        fb.i32_load(align=3)  # above natural alignment
    with pytest.raises(ValueError):
        fb.i32_load(offset=2**32)
    assert _code(fb)[:-1] == [
        ("i64.load", (0, 3)),
        ("i64.load", (16, 1)),
        ("i32.store8", (3, 0)),
    ]


def test_block_types_encoding() -> None:
    fb = FunctionBuilder([], [])
    fb.block(BlockType.value(I64))
    fb.end()
    fb.loop(BlockType.type_index(70))  # s33: 70 needs two bytes (bit 6 set)
    fb.end()
    body = fb.finish()
    assert body == bytes([0x00, 0x02, I64, 0x0B, 0x03, 0xC6, 0x00, 0x0B, 0x0B])


def test_every_instruction_has_a_builder_method() -> None:
    for info in INSTRUCTIONS:
        method = getattr(FunctionBuilder, info.method, None)
        assert callable(method), info.method
        if info.imm is Imm.NONE and info.name not in ("else", "end"):
            assert method.__name__ == info.method


def test_method_naming() -> None:
    for name in ("return_", "if_", "else_", "select", "select_typed", "i64_add", "br_table"):
        assert hasattr(FunctionBuilder, name)
    assert not hasattr(FunctionBuilder, "return")


def test_large_function_is_fast() -> None:
    fb = FunctionBuilder([I64], [I64])
    for i in range(50_000):
        fb.local_get(0)
        fb.i64_const(i)
        fb.i64_add()
        fb.local_set(0)
    fb.local_get(0)
    assert len(fb.finish()) > 200_000
