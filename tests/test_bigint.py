"""Big ints (wasm_runtime/bigint*.py) against CPython: each test compiles one dialect
program that computes many results over a table of values, and compares its output line
by line with what CPython computes for the same values."""

from __future__ import annotations

import math
import os
import sys
from typing import Any, Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_dialect

OP_ADD, OP_SUB, OP_MUL, OP_TRUEDIV, OP_FLOORDIV, OP_MOD, OP_POW = range(7)
OP_AND, OP_OR, OP_XOR, OP_LSHIFT, OP_RSHIFT = range(7, 12)

PRELUDE = '''
def show_error() -> None:
    e: i32 = i32(EXC_CURRENT)
    stdout_write_str("ERR ")
    stdout_write_str(exc_name(load_i32(e, EXC_KIND)))
    stdout_write_str(": ")
    message: obj = exc_str(EXC_CURRENT)
    stdout_write_str(message)
    decref(message)
    stdout_write_str("\\n")
    decref(EXC_CURRENT)
    EXC_CURRENT = 0


def show_text(s: obj) -> None:
    if s == ERROR_VALUE:
        show_error()
        return
    stdout_write_str(s)
    stdout_write_str("\\n")
    decref(s)


def show_item(v: obj) -> None:
    """An int in hex, anything else as str()."""
    s: obj = 0
    if is_int_like(v) and not is_bool(v):
        s = int_to_base(v, 16)
    else:
        s = py_str(v)
    if s == ERROR_VALUE:
        show_error()
        return
    stdout_write_str(s)
    decref(s)


def emit(v: obj) -> None:
    """Show a result (a tuple item by item), and drop it."""
    if v == ERROR_VALUE:
        show_error()
        return
    if type_of(v) == TYPE_TUPLE:
        show_item(tuple_item(v, 0))
        stdout_write_str(" ")
        show_item(tuple_item(v, 1))
    else:
        show_item(v)
    stdout_write_str("\\n")
    decref(v)


def emit_i(x: i64) -> None:
    if EXC_CURRENT != 0:
        show_error()
        return
    show_text(int_to_str(x))


def emit_f(f: f64) -> None:
    if EXC_CURRENT != 0:
        show_error()
        return
    show_text(float_repr(f))


def emit_form(v: i64) -> None:
    """An INT form result."""
    if EXC_CURRENT != 0:
        show_error()
        return
    emit(int_box(v))


def value(i: i32) -> obj:
    return load_i64(VALUES + i * 8)


def form(i: i32) -> i64:
    return int_unbox(value(i))
'''


def fmt(v: Any) -> str:
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, int):
        return hex(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, tuple):
        return " ".join(fmt(x) for x in v)
    return str(v)


def expect(f: Callable[[], Any], text: Callable[[Any], str] = fmt) -> str:
    try:
        return text(f())
    except Exception as e:  # noqa: BLE001 - the runtime prints every error the same way
        return f"ERR {type(e).__name__}: {e}"


def program(values: list[int], body: str, floats: list[float] | None = None, count: int | None = None) -> str:
    """The dialect program: VALUES holds the ints (n of them are looped over, all by
    default), FLOATS the floats (nf), then `body`."""
    lines = [PRELUDE, f"VALUES = data_zero({8 * max(1, len(values))})",
             f"FLOATS = data_zero({8 * max(1, len(floats or []))})", "",
             "def module_body() -> obj:"]
    for i, v in enumerate(values):
        lines.append(f'    store_i64(VALUES + {8 * i}, int_parse("{hex(v)}", 16))')
    for i, f in enumerate(floats or []):
        lines.append(f"    store_f64(FLOATS + {8 * i}, f64_of_bits({float_bits(f)}))")
    lines.append(f"    n: i32 = {len(values) if count is None else count}")
    lines.append(f"    nf: i32 = {len(floats or [])}")
    lines.append(body)
    lines.append("    return NONE_VALUE")
    return "\n".join(lines) + "\n"


def float_bits(f: float) -> int:
    import struct

    bits = struct.unpack("<q", struct.pack("<d", f))[0]
    return bits


def check(source: str, expected: list[str]) -> int:
    out = run_dialect(source)
    assert out.exit_code == 0, out.last_stderr_line
    got = out.stdout.split("\n")[:-1]
    for k, (g, e) in enumerate(zip(got, expected)):
        assert g == e, f"line {k}: got {g[:300]!r}, expected {e[:300]!r}"
    assert len(got) == len(expected), (len(got), len(expected))
    COMPARED.append(len(expected))
    if os.environ.get("MOLT_BIGINT_COUNT"):
        print(f"compared {len(expected)} results", file=sys.stderr)
    return len(expected)


EDGES = [0, 1, -1, 2, -2, 2**47 - 1, -2**47, 2**47, -2**47 - 1, 2**48, -2**48, 2**53 + 1, 2**60 - 1,
         2**60, -2**60, 2**62, 2**63 - 1, -2**63, 2**64, 2**90 - 1, -2**90, 2**30 * (2**30 - 1),
         10**30, -10**30, 3**200, -(7**300), 2**2100 + 1, -(2**2200 - 1)]


def ints_of_bits(max_bits: int) -> st.SearchStrategy[int]:
    return st.integers(0, max_bits).flatmap(lambda bits: st.integers(-(2**bits), 2**bits))


def big_ints(max_bits: int = 5000) -> st.SearchStrategy[int]:
    near_powers = st.builds(lambda k, sign, d: sign * (2**k + d), st.integers(0, max_bits),
                            st.sampled_from([1, -1]), st.integers(-2, 2))
    return st.one_of(st.integers(-2**64, 2**64), ints_of_bits(max_bits), ints_of_bits(200),
                     near_powers, st.sampled_from(EDGES))


# Each example compiles a program (about 1.5 s); each checks thousands of results.
SETTINGS = settings(max_examples=int(os.environ.get("MOLT_BIGINT_EXAMPLES", "2")), deadline=None,
                    suppress_health_check=list(HealthCheck))
COMPARED: list[int] = []


@SETTINGS
@given(st.lists(big_ints(), min_size=22, max_size=22))
def test_binary_operators(drawn: list[int]) -> None:
    values = EDGES[:8] + drawn
    body = '''
    for i in range(0, n):
        for j in range(0, n):
            a: obj = value(i)
            b: obj = value(j)
            for op in range(0, 10):
                if op != OP_POW:
                    emit(int_binary(op, a, b))
            emit(int_divmod(a, b))
            emit_i(i64(int_compare(a, b)))
            emit_i(i64(int_equal(a, b)))
'''
    expected = []
    ops: list[Callable[[int, int], Any]] = [
        lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a / b,
        lambda a, b: a // b, lambda a, b: a % b, None,  # type: ignore[list-item]
        lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b]
    for a in values:
        for b in values:
            for op in ops:
                if op is not None:
                    expected.append(expect(lambda: op(a, b)))
            expected.append(expect(lambda: divmod(a, b)))
            expected.append(str((a > b) - (a < b)))
            expected.append(str(int(a == b)))
    check(program(values, body), expected)


@SETTINGS
@given(st.lists(big_ints(3000), min_size=14, max_size=14), st.lists(big_ints(300), min_size=6, max_size=6))
def test_powers_and_shifts(drawn: list[int], moduli: list[int]) -> None:
    values = [0, 1, -1, 2, -2, 3, -10, 2**47, 2**47 - 1] + drawn
    exponents = [0, 1, 2, 3, 5, 17, 30, 64, 100, -1, -2]
    counts = [0, 1, 13, 29, 30, 31, 47, 59, 60, 61, 100, 1000, -1, 2**47, 2**62, 2**70]
    mods = [1, -1, 2, 7, -7, 2**19 - 1, 2**31 - 1, 2**61 - 1, -(2**89 - 1)] + moduli
    body = f'''
    for i in range(0, n):
        a: obj = value(i)
        for k in range(0, {len(exponents)}):
            emit(int_binary(OP_POW, a, value(n + k)))
        for k in range(0, {len(counts)}):
            c: obj = value(n + {len(exponents)} + k)
            emit(int_binary(OP_RSHIFT, a, c))
            if k < {len(counts) - 3}:
                emit(int_binary(OP_LSHIFT, a, c))
        for k in range(0, {len(mods)}):
            m: obj = value(n + {len(exponents) + len(counts)} + k)
            emit(int_pow_mod(a, value(i if i < 9 else 10), m))
            emit(int_pow_mod(a, value(n - 1 - i), m))
            emit(int_pow_mod(a, box_int(-1), m))
        emit_form(int_invert_slow(form(i)))
        emit_form(int_neg_slow(form(i)))
        emit_form(int_abs_slow(form(i)))
'''.replace("n + ", f"{len(values)} + ").replace("n - 1 - i", f"{len(values) - 1} - i")
    table = values + exponents + counts + mods
    n = len(values)
    expected = []
    for i, a in enumerate(values):
        for e in exponents:
            expected.append(expect(lambda: a ** e))
        for k, c in enumerate(counts):
            expected.append(expect(lambda: a >> c))
            if k < len(counts) - 3:
                expected.append(expect(lambda: a << c))
        for m in mods:
            e1 = values[i if i < 9 else 10]
            e2 = values[n - 1 - i]
            expected.append(expect(lambda: pow(a, e1, m)))
            expected.append(expect(lambda: pow(a, e2, m)))
            expected.append(expect(lambda: pow(a, -1, m)))
        expected.append(expect(lambda: ~a))
        expected.append(expect(lambda: -a))
        expected.append(expect(lambda: abs(a)))
    check(program(table, body, count=n), expected)


def test_big_exponent_and_shift_errors() -> None:
    values = [2, -3, 0, 1, -1, 2**100, 2**70, -(2**70), 10**20, 2**62, 5]
    memory_error = "ERR MemoryError: "
    cases: list[tuple[str, Any]] = [
        ("int_binary(OP_POW, value(0), value(5))", memory_error),
        ("int_binary(OP_POW, value(1), value(6))", memory_error),
        ("int_binary(OP_POW, value(2), value(6))", lambda: 0 ** 2**70),
        ("int_binary(OP_POW, value(3), value(6))", lambda: 1 ** 2**70),
        ("int_binary(OP_POW, value(4), value(6))", lambda: (-1) ** 2**70),
        ("int_binary(OP_POW, value(4), value(5))", lambda: (-1) ** 2**100),
        ("int_binary(OP_POW, value(4), value(8) )", lambda: (-1) ** 10**20),
        ("int_binary(OP_POW, value(0), value(7))", lambda: 2 ** -(2**70)),
        ("int_binary(OP_POW, value(5), value(7))", lambda: (2**100) ** -(2**70)),
        ("int_binary(OP_POW, value(0), box_int(-1))", lambda: 2 ** -1),
        ("int_binary(OP_POW, value(2), box_int(-1))", lambda: 0 ** -1),
        ("int_binary(OP_LSHIFT, value(0), value(8))", lambda: 2 << 10**20),
        ("int_binary(OP_LSHIFT, value(2), value(8))", lambda: 0 << 10**20),
        ("int_binary(OP_LSHIFT, value(0), value(7))", lambda: 2 << -(2**70)),
        ("int_binary(OP_RSHIFT, value(0), value(7))", lambda: 2 >> -(2**70)),
        ("int_binary(OP_RSHIFT, value(1), value(5))", lambda: -3 >> 2**100),
        ("int_binary(OP_RSHIFT, value(5), value(5))", lambda: (2**100) >> 2**100),
        ("int_binary(OP_LSHIFT, value(1), value(9))", memory_error),
        ("int_binary(OP_POW, value(10), box_int(100000))", lambda: 5 ** 100000),
        ("int_pow_mod(value(0), value(5), box_int(0))", lambda: pow(2, 2**100, 0)),
        ("int_pow_mod(box_int(6), box_int(-1), box_int(9))", lambda: pow(6, -1, 9)),
        ("int_pow_mod(value(2), box_int(-1), box_int(5))", lambda: pow(0, -1, 5)),
        ("int_pow_mod(value(5), value(5), value(6))", lambda: pow(2**100, 2**100, 2**70)),
        ("int_pow_mod(value(5), box_int(0), box_int(-7))", lambda: pow(2**100, 0, -7)),
        ("int_pow_mod(value(5), box_int(0), box_int(1))", lambda: pow(2**100, 0, 1)),
        ("int_pow_mod(value(1), value(8), value(7))", lambda: pow(-3, 10**20, -(2**70))),
        ("int_pow_mod(value(1), value(8), box_int(1000003))", lambda: pow(-3, 10**20, 1000003)),
    ]
    body = "\n".join(f"    emit({code})" for code, _ in cases)
    expected = [e if isinstance(e, str) else expect(e) for _, e in cases]
    check(program(values, body), expected)


@SETTINGS
@given(st.lists(big_ints(14500), min_size=24, max_size=24), st.integers(2, 36))
def test_text(drawn: list[int], base: int) -> None:
    values = EDGES + [10**4299, 10**4300 - 1, 10**4300, -(10**4300 - 1), -(10**4300), 2**14300, 2**14500] + drawn
    texts = [to_base(v, base) for v in values]
    body = f'''
    for i in range(0, n):
        a: obj = value(i)
        show_text(int_to_decimal(a))
        show_text(int_to_base(a, 2))
        show_text(int_to_base(a, 8))
        show_text(int_to_base(a, 16))
        emit_i(int_hash(a))
        emit_f(int_to_float(a))
    for i in range(0, {len(texts)}):
        emit(int_parse(text(i), {base}))
'''
    prelude_texts = "\n".join(f"def text_{i}() -> obj:\n    return {t!r}\n" for i, t in enumerate(texts))
    chooser = "def text(i: i32) -> obj:\n" + "".join(
        f"    if i == {i}:\n        return text_{i}()\n" for i in range(len(texts))) + "    return \"\"\n"
    expected = []
    for v in values:
        expected.append(expect(lambda: str(v), str))
        expected.append(bin(v))
        expected.append(oct(v))
        expected.append(hex(v))
        expected.append(str(hash(v)))
        expected.append(expect(lambda: float(v)))
    for t in texts:
        expected.append(expect(lambda: int(t, base)))
    source = program(values, body) + prelude_texts + chooser
    check(source, expected)


def to_base(v: int, base: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    n, out = abs(v), []
    while True:
        n, r = divmod(n, base)
        out.append(digits[r])
        if n == 0:
            break
    text = "".join(reversed(out))
    # Underscores and mixed case, as int() accepts them.
    if len(text) > 3:
        text = text[:1] + "_" + text[1:2].upper() + text[2:]
    return ("-" if v < 0 else "") + text


PARSE_CASES = [
    ("0", 0), ("00", 0), ("0_0", 0), ("010", 0), ("0_7", 0), ("0x1f", 0), ("0X1F", 0), ("0x_1f", 0),
    ("0x__1f", 0), ("0x", 0), ("0x", 16), ("0x_", 16), ("0b101", 0), ("-0b101", 0), ("0o777", 0),
    ("0o8", 0), ("0b2", 0), ("0b1", 16), ("0o7", 8), ("07", 8), ("1_000", 10), ("1__000", 10),
    ("_1", 10), ("1_", 10), (" 12 ", 10), ("\t+12\n", 10), ("- 12", 10), ("+-1", 10), ("", 10),
    (" ", 10), ("1 2", 10), ("12\x00", 10), ("\u00a012\u2003", 10), ("\u0661\u0662", 10),
    ("\u0661\u0662x", 10), ("\u00e9", 10), ("z", 36), ("Z", 36), ("10", 37), ("10", 1), ("10", -1),
    ("10", 0), ("9" * 4300, 10), ("9" * 4301, 10), ("0" * 4301, 0), ("1" * 4301 + "x", 10),
    ("1" * 5000, 16), ("1" * 5000, 7), ("x" * 300, 10), ("'\"" * 3, 10), ("a\\b", 10),
    ("123456789" * 40, 10), ("-" + "7" * 500, 8), ("1" * 1000, 2), ("zz" * 100, 36),
    ("\u00e9" * 150, 10), ("1\u00e9", 10), ("1" * 4400 + "\u00e9", 10),
]


def test_parse_rules() -> None:
    texts = "\n".join(f"def text_{i}() -> obj:\n    return {t!r}\n" for i, (t, _) in enumerate(PARSE_CASES))
    # int_from_literal reads what the compiler gives it: ASCII.
    body = "\n".join(f"    emit(int_parse(text_{i}(), {b}))" + (
        f"\n    emit_form(int_from_literal(text_{i}()))" if t.isascii() else "")
        for i, (t, b) in enumerate(PARSE_CASES))
    expected = []
    for t, b in PARSE_CASES:
        expected.append(expect(lambda: int(t, b)))
        if t.isascii():
            expected.append(expect(lambda: literal(t), fmt))
    check(program([], body) + texts, expected)


def literal(t: str) -> int:
    """int_from_literal's value: the text as int(t, 0) reads it, without the digit limit
    (a compiled literal has no limit: the compiler checks it)."""
    default = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        try:
            return int(t, 0)
        except ValueError:
            raise ValueError(f"invalid literal for int() with base 0: {t!r:.200}") from None
    finally:
        sys.set_int_max_str_digits(default)


FLOATS = [0.0, -0.0, 0.5, -0.5, 1.0, 1.5, 2.0**47, 2.0**53, 2.0**53 + 2, -(2.0**53), 2.0**63, 2.0**64, 1e20,
          -1e20, 1e300, -1e300, 1.7976931348623157e308, 5e-324, float("inf"), float("-inf"), float("nan"),
          2.0**62 + 2**10, 123456789.75, -(2.0**100) - 2**48, 2.0**1023]


@SETTINGS
@given(st.lists(big_ints(1100), min_size=16, max_size=16))
def test_floats(drawn: list[int]) -> None:
    values = EDGES[:20] + [2**53 + 1, 2**63, 2**64, 10**20, -(10**20), 2**100 + 2**48, 2**1023, 2**1024 - 2**970,
                           2**1024 - 2**971, 2**1024, -(2**1024), 10**400, 2**1100 // 3,
                           2**1060 + 1, -(3**660)] + drawn
    floats = FLOATS
    body = '''
    for i in range(0, n):
        a: obj = value(i)
        emit_f(int_to_float(a))
        for k in range(0, nf):
            f: f64 = load_f64(FLOATS + k * 8)
            if f == f:
                emit_i(i64(int_float_compare(a, f)))
            emit_i(i64(int_form_float_compare(form(i), f)))
            emit(py_lt(a, box_float(f)))
            emit(py_eq(box_float(f), a))
            emit(py_add(a, box_float(f)))
            emit(py_truediv(box_float(f), a))
        for j in range(0, n):
            emit_f(int_truediv_slow(form(i), form(j)))
    for k in range(0, nf):
        emit(int_from_float(load_f64(FLOATS + k * 8)))
        emit_form(py_int(box_float(load_f64(FLOATS + k * 8))))
'''
    expected = []
    for a in values:
        expected.append(expect(lambda: float(a)))
        for f in floats:
            if f == f:
                expected.append(str((a > f) - (a < f)))
            expected.append(str((a > f) - (a < f) if f == f else 2))
            expected.append(str(a < f))
            expected.append(str(f == a))
            expected.append(expect(lambda: a + f))
            expected.append(expect(lambda: f / a))
        for b in values:
            expected.append(expect(lambda: a / b))
    for f in floats:
        expected.append(expect(lambda: int(f)))
        expected.append(expect(lambda: int(f)))
    check(program(values, body, floats), expected)


def test_generic_operators_and_conversions() -> None:
    values = [2**53 + 1, 10**400, 2**47, -(2**47), 2**47 - 1, 5, 2**100, -(2**100), 3]
    body = '''
    emit(py_eq(value(0), box_float(9007199254740992.0)))
    emit(py_lt(value(1), box_float(f64_of_bits(0x7FF0000000000000))))
    emit(py_mul(value(1), box_float(1.5)))
    emit(py_add(value(2), value(3)))
    emit(py_sub(value(3), box_int(1)))
    emit(py_neg(value(3)))
    emit(py_abs(value(3)))
    emit(py_neg(value(6)))
    emit(py_abs(value(7)))
    emit(py_pos(value(7)))
    emit(py_mul(value(4), value(4)))
    emit(py_pow(value(8), box_int(100)))
    emit(py_pow(value(6), box_int(-1)))
    emit(py_pow(box_int(0), box_int(-1)))
    emit(py_floordiv(value(3), box_int(-1)))
    emit(py_mod(value(6), box_int(7)))
    emit(py_truediv(value(6), value(8)))
    emit(py_truediv(value(1), box_int(1)))
    emit(py_lt(value(6), value(7)))
    emit(py_ge(value(6), box_float(1e30)))
    emit(py_eq(value(6), value(6)))
    emit(py_ne(value(6), box_float(1.2676506002282294e30)))
    emit(py_eq(value(6), box_float(1.2676506002282294e30)))
    emit(py_mul("ab", value(6)))
    emit(py_mul(value(7), "ab"))
    emit(py_add(value(6), box_bool(1)))
    emit_i(i64(py_truth(value(6))))
    show_text(py_str(value(1)))
    emit_form(py_int(value(6)))
    emit_form(py_int("  -123_456_789_012_345_678_901  "))
    emit_form(py_int("12x"))
    emit_f(py_float(value(6)))
    emit_f(py_float(value(1)))
    emit_form(py_index(value(7)))
    emit_i(int_clamp_index(value(6)))
    emit_i(int_clamp_index(value(7)))
    emit_i(int_clamp_index(box_int(-5)))
    emit_i(int_clamp_index(value(0)))
    emit_form(int_add_slow(SMALL_INT_MAX, 1))
    emit_form(int_sub_slow(SMALL_INT_MIN, 1))
    emit_form(int_mul_slow(SMALL_INT_MAX, SMALL_INT_MAX))
    emit_form(int_floordiv_slow(SMALL_INT_MIN, -1))
    emit_form(int_floordiv_slow(5, 0))
    emit_form(int_mod_slow(5, 0))
    emit_form(int_pow_slow(3, 40))
    emit_form(int_pow_slow(-3, 41))
    emit_form(int_pow_slow(7, 0))
    emit_form(int_lshift_slow(1, 100))
    emit_form(int_lshift_slow(-3, 5))
    emit_form(int_rshift_slow(-3, 1))
    emit_form(int_lshift_slow(1, -1))
    emit_form(int_neg_slow(SMALL_INT_MIN))
    emit_form(int_abs_slow(SMALL_INT_MIN))
    emit_i(i64(int_compare_slow(form(6), form(7))))
    emit_i(i64(int_compare_slow(form(7), 5)))
    emit_f(int_truediv_slow(7, 2))
    emit_f(int_truediv_slow(1, 0))
    emit_form(int_mul(SMALL_INT_MAX, 4))
    emit_form(int_floordiv(SMALL_INT_MIN, -1))
    emit_form(int_mod(form(6), 1000))
    emit_form(int_pow(10, 30))
    emit_form(int_from_literal("123_456_789_012_345_678_901_234_567_890"))
    emit_form(int_from_literal("0xFFFF_FFFF_FFFF_FFFF_FFFF"))
'''
    a = values
    expected = [fmt(x) for x in [
        a[0] == 2.0**53, a[1] < float("inf")]] + [
        expect(lambda: a[1] * 1.5)] + [fmt(x) for x in [
            a[2] + a[3], a[3] - 1, -a[3], abs(a[3]), -a[6], abs(a[7]), +a[7], a[4] * a[4], 3**100]] + [
        expect(lambda: (2**100) ** -1), expect(lambda: 0 ** -1)] + [fmt(x) for x in [
            a[3] // -1, a[6] % 7, a[6] / 3, expect(lambda: a[1] / 1), a[6] < a[7], a[6] >= 1e30, True,
            a[6] != 1.2676506002282294e30, a[6] == 1.2676506002282294e30]] + [
        expect(lambda: "ab" * 2**100), expect(lambda: (-(2**100)) * "ab"), fmt(2**100 + True), "1",
        str(10**400), fmt(2**100), fmt(-123456789012345678901), expect(lambda: int("12x")),
        repr(float(2**100)), expect(lambda: float(10**400)), fmt(-(2**100)), str(2**62), str(-(2**62)), "-5",
        str(2**53 + 1)] + [fmt(x) for x in [
            2**47, -(2**47) - 1, (2**47 - 1) ** 2, 2**47]] + [
        expect(lambda: 5 // 0), expect(lambda: 5 % 0)] + [fmt(x) for x in [
            3**40, (-3) ** 41, 1, 1 << 100, -3 << 5, -3 >> 1]] + [
        expect(lambda: 1 << -1), fmt(2**47), fmt(2**47), "1", "-1", "3.5", expect(lambda: 1 / 0),
        fmt((2**47 - 1) * 4), fmt(2**47), fmt(2**100 % 1000), fmt(10**30),
        fmt(123456789012345678901234567890), fmt(0xFFFFFFFFFFFFFFFFFFFF)]
    expected = [e if not isinstance(e, bool) else str(e) for e in expected]
    check(program(values, body), expected)


def test_no_leaks() -> None:
    """A round of every operation frees all it allocates: the heap does not grow when the
    round is repeated."""
    values = [3**300, -(7**500), 2**47, -5, 2**2500 + 12345, -(3**1500), 10**50 + 1]
    body = '''
    top: i32 = 0
    for rep in range(0, 6):
        if rep == 2:
            top = HEAP_TOP
        for i in range(0, n):
            for j in range(0, n):
                for op in range(0, 12):
                    if op != OP_POW and op != OP_LSHIFT:
                        drop(int_binary(op, value(i), value(j)))
                drop(int_divmod(value(i), value(j)))
                drop(int_pow_mod(value(i), value(j), value(3)))
                drop(py_lt(value(i), box_float(1e300)))
                drop(py_mul(value(i), box_float(0.5)))
            drop(int_binary(OP_POW, value(i), box_int(7)))
            drop(int_binary(OP_LSHIFT, value(i), box_int(77)))
            drop(int_to_decimal(value(i)))
            s: obj = int_to_base(value(i), 16)
            drop(int_parse(s, 0))
            decref(s)
            f: f64 = int_to_float(value(i))
            if EXC_CURRENT != 0:
                decref(EXC_CURRENT)
                EXC_CURRENT = 0
            drop(int_from_float(f))
            x: i64 = int_add_slow(form(i), 1)
            int_incref(x)
            int_decref(x)
            int_decref(x)
    emit_i(i64(HEAP_TOP - top))


def drop(v: obj) -> None:
    if v == ERROR_VALUE:
        decref(EXC_CURRENT)
        EXC_CURRENT = 0
    else:
        decref(v)
'''
    check(program_with_helpers(values, body), ["0"])


def program_with_helpers(values: list[int], body: str) -> str:
    """A program whose body is followed by helper functions (after a blank line)."""
    main, _, helpers = body.partition("\n\n\ndef ")
    return program(values, main) + "\n\ndef " + helpers


def test_karatsuba_and_division_sizes() -> None:
    """Products across the Karatsuba cutoffs (70 digits, squares 140) and lopsided shapes,
    and divisions of such products."""
    sizes = [60, 69, 70, 71, 72, 139, 140, 141, 150, 300, 431]
    values = []
    for k, n in enumerate(sizes):
        values.append((3**(19 * n)) % 2**(30 * n) | 1 << (30 * n - 1 - k))
    body = '''
    for i in range(0, n):
        for j in range(0, n):
            p: obj = int_binary(OP_MUL, value(i), value(j))
            emit(int_binary(OP_MOD, p, box_int(1000000007)))
            q: obj = int_binary(OP_SUB, p, box_int(1))
            emit(int_divmod(q, value(j)))
            decref(q)
            decref(p)
'''
    expected = []
    for a in values:
        for b in values:
            expected.append(fmt(a * b % 1000000007))
            expected.append(fmt(divmod(a * b - 1, b)))
    assert math.prod([1]) == 1
    check(program(values, body), expected)
