"""LEB128 variable-length integers, as used by every integer in the WebAssembly binary format.

Spec: https://webassembly.github.io/spec/core/binary/values.html#integers
Encoders always produce the shortest form; decoders accept any well-terminated form
(the binary format permits padding up to ceil(N/7) bytes for an N-bit integer).
"""

from __future__ import annotations

__all__ = ["encode_unsigned", "encode_signed", "decode_unsigned", "decode_signed"]

# One-byte encodings are by far the most common (indices, small constants); keep them prebuilt.
_UNSIGNED_SMALL: tuple[bytes, ...] = tuple(bytes((i,)) for i in range(0x80))
# Signed one-byte range is -64..63; bit 6 of the byte is the sign bit.
_SIGNED_SMALL: dict[int, bytes] = {i: bytes((i & 0x7F,)) for i in range(-64, 64)}


def encode_unsigned(value: int) -> bytes:
    """Encode a non-negative integer of any size as unsigned LEB128."""
    if 0 <= value < 0x80:
        return _UNSIGNED_SMALL[value]
    if value < 0:
        raise ValueError(f"unsigned LEB128 cannot encode negative value {value}")
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def encode_signed(value: int) -> bytes:
    """Encode an integer of any size as signed (two's complement) LEB128."""
    small = _SIGNED_SMALL.get(value)
    if small is not None:
        return small
    out = bytearray()
    while True:
        byte = value & 0x7F
        # Python's >> is arithmetic, so a negative value converges to -1.
        value >>= 7
        # Stop once the remaining bits are pure sign extension of bit 6 of this byte.
        if (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40):
            out.append(byte)
            return bytes(out)
        out.append(byte | 0x80)


def decode_unsigned(data: bytes, pos: int) -> tuple[int, int]:
    """Decode unsigned LEB128 at data[pos:]; return (value, position after the last byte)."""
    result = 0
    shift = 0
    end = len(data)
    while True:
        if pos >= end:
            raise ValueError("truncated LEB128 integer")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return result, pos


def decode_signed(data: bytes, pos: int) -> tuple[int, int]:
    """Decode signed LEB128 at data[pos:]; return (value, position after the last byte)."""
    result = 0
    shift = 0
    end = len(data)
    while True:
        if pos >= end:
            raise ValueError("truncated LEB128 integer")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            # Bit 6 of the final byte is the sign: extend it over all higher bits.
            if byte & 0x40:
                result -= 1 << shift
            return result, pos
