"""Generate wasm_runtime/unicode_tables.py and wasm_runtime/unicode_db.py from this Python's
unicodedata and str methods.

Run: python tools/gen_unicode_tables.py   (the oracle is CPython 3.11, Unicode 14.0)

unicode_tables.py holds small tables: the decimal digits and white space int() and float()
read, and the non-printable ranges repr() escapes. unicode_db.py holds the character
database of the str methods (str.upper(), str.isalpha() ...): one record per distinct set
of properties, found through a three-level trie. Each is linked into a program only when
its code reaches it.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

RUNTIME = Path(__file__).resolve().parent.parent / "wasm_runtime"
OUT = RUNTIME / "unicode_tables.py"
OUT_DB = RUNTIME / "unicode_db.py"
CODE_POINTS = 0x110000

# Record flags (kept in step with the UC_* constants written to unicode_db.py).
FLAGS = {
    "ALPHA": 1 << 0, "DECIMAL": 1 << 1, "DIGIT": 1 << 2, "NUMERIC": 1 << 3, "LOWER": 1 << 4,
    "UPPER": 1 << 5, "TITLE": 1 << 6, "SPACE": 1 << 7, "PRINTABLE": 1 << 8, "XID_START": 1 << 9,
    "XID_CONTINUE": 1 << 10, "CASED": 1 << 11, "CASE_IGNORABLE": 1 << 12,
    # The case mapping field is an index into UC_EXT_CASE | length << 24, not a delta.
    "EXT_UPPER": 1 << 13, "EXT_LOWER": 1 << 14, "EXT_TITLE": 1 << 15, "EXT_FOLD": 1 << 16,
}
EXT_FLAGS = ("EXT_UPPER", "EXT_LOWER", "EXT_TITLE", "EXT_FOLD")


def decimal_zeros() -> list[int]:
    """Code points of every Unicode decimal digit zero: digits come in runs of ten."""
    zeros = []
    for c in range(CODE_POINTS):
        if unicodedata.decimal(chr(c), None) == 0:
            assert all(unicodedata.decimal(chr(c + i), None) == i for i in range(10)), hex(c)
            zeros.append(c)
    return zeros


def spaces() -> list[int]:
    return [c for c in range(CODE_POINTS) if chr(c).isspace()]


def varint(n: int) -> bytes:
    """n in 7-bit groups, least significant first, the high bit set on all but the last."""
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def nonprintable_runs(ranges: list[int]) -> bytes:
    """The [start, end) pairs as run lengths: printable, non-printable, printable ..."""
    out = bytearray()
    previous = 0
    for start, end in zip(ranges[::2], ranges[1::2]):
        out += varint(start - previous) + varint(end - start)
        previous = end
    return bytes(out)


def nonprintable_ranges() -> list[int]:
    """[start, end) pairs of the code points str.isprintable() rejects, flattened."""
    out: list[int] = []
    c = 0
    while c < CODE_POINTS:
        if chr(c).isprintable():
            c += 1
            continue
        start = c
        while c < CODE_POINTS and not chr(c).isprintable():
            c += 1
        out += [start, c]
    return out


def is_cased(ch: str) -> bool:
    # title() lowers a letter after a cased character.
    return (ch + "a").title()[-1] == "a"


def is_case_ignorable(ch: str, cased: bool) -> bool:
    # Final sigma (CPython's handle_capital_sigma): Σ after a cased letter and any
    # case-ignorable characters, and not followed by such a run and a cased letter, is ς.
    if cased:
        return ("AΣ" + ch).lower()[1] == "ς"
    return ("A" + ch + "Σ").lower()[-1] == "ς"


def flags_of(c: int) -> int:
    ch = chr(c)
    tests = {
        "ALPHA": ch.isalpha(), "DECIMAL": ch.isdecimal(), "DIGIT": ch.isdigit(),
        "NUMERIC": ch.isnumeric(), "LOWER": ch.islower(), "UPPER": ch.isupper(),
        "TITLE": unicodedata.category(ch) == "Lt", "SPACE": ch.isspace(),
        "PRINTABLE": ch.isprintable(), "XID_START": ch.isidentifier() and ch != "_",
        "XID_CONTINUE": ("a" + ch).isidentifier(),
    }
    f = sum(FLAGS[name] for name, ok in tests.items() if ok)
    cased = is_cased(ch)
    if cased:
        f |= FLAGS["CASED"]
    if is_case_ignorable(ch, cased):
        f |= FLAGS["CASE_IGNORABLE"]
    return f


def database() -> tuple[list[int], list[list[int]], list[int]]:
    """(record id of every code point, the records, the extended case table)."""
    records: dict[tuple[int, ...], int] = {}
    ext: list[int] = []
    ext_index: dict[str, int] = {}
    ids = []
    for c in range(CODE_POINTS):
        ch = chr(c)
        f = flags_of(c)
        fields = []
        for flag, mapped in zip(EXT_FLAGS, (ch.upper(), ch.lower(), ch.title(), ch.casefold())):
            if len(mapped) == 1:
                fields.append(ord(mapped) - c)
            else:
                if mapped not in ext_index:
                    ext_index[mapped] = len(ext)
                    ext.extend(ord(m) for m in mapped)
                f |= FLAGS[flag]
                fields.append(ext_index[mapped] | (len(mapped) << 24))
        key = (f, *fields)
        ids.append(records.setdefault(key, len(records)))
    return ids, [list(k) for k in records], ext


def split(seq: list[int], shift: int) -> tuple[list[int], list[int]]:
    """Cut seq into blocks of 2**shift: (block number of each, the distinct blocks flat)."""
    blocks: dict[tuple[int, ...], int] = {}
    index = []
    for start in range(0, len(seq), 1 << shift):
        index.append(blocks.setdefault(tuple(seq[start:start + (1 << shift)]), len(blocks)))
    return index, [x for block in blocks for x in block]


def u16_bytes(values: list[int]) -> bytes:
    assert max(values) < 1 << 16
    return b"".join(v.to_bytes(2, "little") for v in values)


def u8_bytes(values: list[int]) -> bytes:
    assert max(values) < 1 << 8
    return bytes(values)


def trie(ids: list[int]) -> tuple[int, int, list[int], list[int], list[int]]:
    """The smallest three-level trie: (shift1, shift2, level 1 (u8), level 2 and 3 (u16))."""
    best = None
    for shift2 in range(2, 8):
        level2_index, level3 = split(ids, shift2)
        for shift1 in range(2, 8):
            level1, level2 = split(level2_index, shift1)
            if (len(level2) >> shift1) > 256:
                continue
            size = len(level1) + 2 * len(level2) + 2 * len(level3)
            if best is None or size < best[0]:
                best = (size, shift1, shift2, level1, level2, level3)
    assert best is not None
    return best[1], best[2], best[3], best[4], best[5]


def main() -> None:
    origin = f"CPython {sys.version.split()[0]}'s unicodedata (Unicode {unicodedata.unidata_version})"
    ranges = nonprintable_ranges()
    text = f'''"""Unicode tables for int(), float() and repr(). GENERATED by tools/gen_unicode_tables.py
from {origin}; do not edit."""

# Code points where a run of ten decimal digits 0..9 starts.
DECIMAL_ZERO_COUNT = {len(decimal_zeros())}
DECIMAL_ZEROS = data_i32({decimal_zeros()})

# Code points for which str.isspace() is true.
SPACE_COUNT = {len(spaces())}
SPACES = data_i32({spaces()})

# The code points str.isprintable() rejects (repr escapes them), as the lengths of the
# alternate runs of printable and non-printable code points from 0, each a varint (7 bits a
# byte, least significant first, the high bit on all but the last). is_printable expands
# them into [start, end) pairs in NONPRINTABLE on first use.
NONPRINTABLE_COUNT = {len(ranges) // 2}
NONPRINTABLE_RUNS = data_u8({nonprintable_runs(ranges)!r})
'''
    OUT.write_text(text, encoding="utf-8")

    ids, records, ext = database()
    shift1, shift2, level1, level2, level3 = trie(ids)
    flat_records = [v for r in records for v in r]
    flag_lines = "\n".join(f"UC_{name} = {value}" for name, value in FLAGS.items())
    db = f'''"""The character database of the str methods. GENERATED by tools/gen_unicode_tables.py
from {origin}; do not edit.

The record of code point c (UC_RECORD_SIZE bytes: flags, then the full upper, lower, title
and case-folded mappings) is found through a three-level trie:
    block2 = UC_LEVEL1[c >> (UC_SHIFT1 + UC_SHIFT2)]                       (u8)
    block3 = UC_LEVEL2[(block2 << UC_SHIFT1) + ((c >> UC_SHIFT2) & mask)]  (u16)
    record = UC_LEVEL3[(block3 << UC_SHIFT2) + (c & mask)]                 (u16)
A mapping is c + delta, or, when its UC_EXT_* flag is set, length (bits 24..) code points
at UC_EXT_CASE + 4 * index (bits 0..23).
"""

{flag_lines}

UC_SHIFT1 = {shift1}
UC_SHIFT2 = {shift2}
UC_RECORD_SIZE = 20
UC_RECORD_COUNT = {len(records)}
UC_LEVEL1 = data_u8({u8_bytes(level1)!r})
UC_LEVEL2 = data_u8({u16_bytes(level2)!r})
UC_LEVEL3 = data_u8({u16_bytes(level3)!r})
UC_RECORDS = data_i32({flat_records})
UC_EXT_CASE = data_i32({ext})
'''
    OUT_DB.write_text(db, encoding="utf-8")


if __name__ == "__main__":
    main()
