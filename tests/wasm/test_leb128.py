"""Tests for LEB128: spec vectors, shortest-form encoding and round trips over the spec's ranges."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from molt.wasm.leb128 import decode_signed, decode_unsigned, encode_signed, encode_unsigned

U32 = st.integers(0, 2**32 - 1)
U64 = st.integers(0, 2**64 - 1)
S32 = st.integers(-(2**31), 2**31 - 1)
S33 = st.integers(-(2**32), 2**32 - 1)  # block type indices (spec 5.4.1)
S64 = st.integers(-(2**63), 2**63 - 1)


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        (0, "00"),
        (1, "01"),
        (127, "7f"),
        (128, "8001"),
        (624485, "e58e26"),  # the example in the LEB128 literature
        (2**32 - 1, "ffffffff0f"),
        (2**64 - 1, "ffffffffffffffffff01"),
    ],
)
def test_unsigned_vectors(value: int, encoded: str) -> None:
    assert encode_unsigned(value).hex() == encoded
    assert decode_unsigned(bytes.fromhex(encoded), 0) == (value, len(encoded) // 2)


@pytest.mark.parametrize(
    ("value", "encoded"),
    [
        (0, "00"),
        (-1, "7f"),
        (63, "3f"),
        (64, "c000"),  # bit 6 set would read as negative, so a second byte is needed
        (-64, "40"),
        (-65, "bf7f"),
        (-123456, "c0bb78"),
        (2**31 - 1, "ffffffff07"),
        (-(2**31), "8080808078"),
        (-(2**63), "8080808080808080807f"),
    ],
)
def test_signed_vectors(value: int, encoded: str) -> None:
    assert encode_signed(value).hex() == encoded
    assert decode_signed(bytes.fromhex(encoded), 0) == (value, len(encoded) // 2)


def _unsigned_length(value: int) -> int:
    return max(1, -(-value.bit_length() // 7))


def _signed_length(value: int) -> int:
    bits = (value if value >= 0 else ~value).bit_length() + 1  # plus the sign bit
    return -(-bits // 7)


@given(st.one_of(U32, U64))
def test_unsigned_round_trip(value: int) -> None:
    encoded = encode_unsigned(value)
    assert len(encoded) == _unsigned_length(value)
    assert decode_unsigned(encoded, 0) == (value, len(encoded))


@given(st.one_of(S32, S33, S64))
def test_signed_round_trip(value: int) -> None:
    encoded = encode_signed(value)
    assert len(encoded) == _signed_length(value)
    assert decode_signed(encoded, 0) == (value, len(encoded))


@given(S64, st.binary(max_size=4), st.binary(max_size=4))
def test_decode_at_offset(value: int, before: bytes, after: bytes) -> None:
    data = before + encode_signed(value) + after
    assert decode_signed(data, len(before)) == (value, len(data) - len(after))


def test_padded_forms_decode() -> None:
    # The binary format allows non-minimal encodings up to ceil(N/7) bytes.
    assert decode_unsigned(bytes.fromhex("808000"), 0) == (0, 3)
    assert decode_unsigned(bytes.fromhex("ff8000"), 0) == (127, 3)
    assert decode_signed(bytes.fromhex("ffff7f"), 0) == (-1, 3)


def test_negative_unsigned_rejected() -> None:
    with pytest.raises(ValueError):
        encode_unsigned(-1)


@pytest.mark.parametrize("data", [b"", b"\x80", b"\xff\xff"])
def test_truncated_input_rejected(data: bytes) -> None:
    with pytest.raises(ValueError):
        decode_unsigned(data, 0)
    with pytest.raises(ValueError):
        decode_signed(data, 0)
