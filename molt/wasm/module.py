"""Module: concatenates the header and encoded sections into a WebAssembly binary.

Spec: https://webassembly.github.io/spec/core/binary/modules.html#binary-module
"""

from __future__ import annotations

from molt.wasm.leb128 import encode_unsigned
from molt.wasm.sections import Section

__all__ = ["Module", "MAGIC", "VERSION"]

MAGIC = b"\x00asm"
VERSION = b"\x01\x00\x00\x00"  # binary format version 1, little-endian u32

# Section order required by the spec (5.5.16), by id.  Module does not enforce it, so
# tests can build out-of-order modules; callers add sections in this order:
#   custom (0) may appear anywhere, any number of times
#   type (1), import (2), function (3), table (4), memory (5), global (6), export (7),
#   start (8), element (9), data count (12), code (10), data (11)
# Note data count (12) sits between element and code despite its larger id.  Each
# non-custom section may occur at most once.  The "name" custom section conventionally
# follows the data section.


class Module:
    """A module under construction; sections are encoded the moment they are added."""

    def __init__(self) -> None:
        self._bytes = bytearray(MAGIC + VERSION)

    def section(self, section: Section) -> Module:
        """Append `section` as id, LEB(size), payload; return self for chaining."""
        payload = section.encode()
        self._bytes.append(section.id)
        self._bytes += encode_unsigned(len(payload))
        self._bytes += payload
        return self

    def finish(self) -> bytes:
        """The module's binary encoding."""
        return bytes(self._bytes)

    encode = finish
