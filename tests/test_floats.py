"""Floats under Molt against CPython, bit for bit: repr, //, %, ** and float(str).

Each test writes one large program (straight-line prints, cut into functions of a few
hundred statements, and loops that make many more values with arithmetic), runs it under
CPython and as WebAssembly, and compares the output line by line. The values are hand-made
hard cases, random bit patterns (from a seed Hypothesis draws) and Hypothesis's floats.
"""

from __future__ import annotations

import math
import random
import struct
from decimal import Decimal, getcontext
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from conftest import build, run_cpython, run_wasm

# One example per test: each example is a whole program (a second of compilation).
ONE_PROGRAM = settings(max_examples=1, deadline=None, database=None, phases=[Phase.generate],
                       suppress_health_check=list(HealthCheck))
FINITE = st.floats(allow_nan=False, allow_infinity=False)
SEEDS = st.integers(0, 2 ** 32 - 1)


def from_bits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b & (2 ** 64 - 1)))[0]


def bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def literal(x: float) -> str:
    """x as Molt source: a float literal (ints in programs must stay within 48 bits)."""
    if math.isnan(x):
        return "float('nan')"
    if math.isinf(x):
        return "float('inf')" if x > 0 else "float('-inf')"
    return repr(x)


def program(statements: list[str], tail: str = "") -> str:
    """The statements in functions of 50 each: Binaryen is much slower on long functions, and
    a long straight-line module overflows the recursion of the code generator."""
    out = []
    for k in range(0, len(statements), 50):
        out.append(f"def part{k}():")
        out += ["    " + s for s in statements[k:k + 50]]
        out.append(f"part{k}()")
    return "\n".join(out) + "\n" + tail


def compare(tmp_path: Path, name: str, source: str, opt_level: str = "2") -> int:
    """Run the program under CPython and Molt; the number of output lines compared."""
    path = tmp_path / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    expected = run_cpython(path)
    assert expected.exit_code == 0, f"the test program fails under CPython: {expected.last_stderr_line}"
    actual = run_wasm(build(path, opt_level), name=str(path))
    want, got = expected.stdout.splitlines(), actual.stdout.splitlines()
    wrong = [f"  line {i + 1}: CPython {w!r}, Molt {g!r}" for i, (w, g) in enumerate(zip(want, got)) if w != g]
    assert not wrong and len(want) == len(got) and actual.exit_code == 0, (
        f"{name}: {len(wrong)} lines differ, {len(want)} lines from CPython, {len(got)} from Molt, "
        f"exit code {actual.exit_code} {actual.last_stderr_line}\n" + "\n".join(wrong[:25]))
    return len(want)


# Values.


def loop_seed(seed: int) -> int:
    """A seed for the programs' own generator, x = x * 16807 % (2**31 - 1)."""
    return seed % (2 ** 31 - 1) or 1


def hard_floats() -> list[float]:
    """Boundaries of the formats, powers, integers near 2**53, the shortest-digit hard
    cases."""
    xs = [0.0, -0.0, 5e-324, -5e-324, 1e-323, 2.2250738585072009e-308, 2.2250738585072014e-308,
          1.7976931348623157e308, -1.7976931348623157e308, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3,
          1e15, 1e16, 1e17, 9.999999999999998e15, 9999999999999998.0, 1.0000000000000002e16,
          123456789012345.67, 1234567890123456.7, 0.0001, 0.00012345, 9.999999999999999e-05,
          1e-05, 1.5e-07, 100.0, 1e22, 1e23, 5e-310, 4.35e-320, 1.1, 2.5, 1e300 * 1e8,
          math.pi, math.e, 299792458.0, 6.02214076e23, 1.602176634e-19, 8.98846567431158e307]
    xs += [10.0 ** e for e in range(-323, 309)]
    xs += [2.0 ** e for e in range(-1074, 1024)]
    xs += [float(2 ** 53 + k) for k in range(-12, 13)] + [float(2 ** 54 + 2 * k) for k in range(-6, 7)]
    xs += [from_bits(bits(2.0 ** e) + d) for e in (-1022, -1021, -500, -1, 0, 1, 52, 53, 1023) for d in (-1, 1)]
    xs += [from_bits(b) for b in (1, 2, 3, 0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF)]
    return xs


def random_floats(rnd: random.Random, n: int) -> list[float]:
    """Finite floats of every kind: random bits, subnormals, short decimals, integers."""
    out: list[float] = []
    while len(out) < n:
        kind = len(out) % 6
        if kind == 0:
            x = from_bits(rnd.getrandbits(64))
        elif kind == 1:
            x = from_bits(rnd.getrandbits(rnd.randrange(1, 53)))
        elif kind == 2:
            x = from_bits(rnd.getrandbits(52) | rnd.randrange(1, 2047) << 52)
        elif kind == 3:
            x = float(f"{rnd.randrange(1, 10 ** rnd.randrange(1, 17))}e{rnd.randrange(-330, 310)}")
        elif kind == 4:
            x = float(rnd.randrange(-2 ** 60, 2 ** 60)) / 2 ** rnd.randrange(0, 70)
        else:
            x = float(f"{rnd.randrange(1, 10 ** 6)}e{rnd.randrange(-12, 20)}")
        if math.isfinite(x):
            out.append(x)
    return out


# repr


REPR_LOOP = """
x = {seed}
for i in range(20000):
    x = x * 16807 % 2147483647
    a = x
    x = x * 16807 % 2147483647
    b = x
    x = x * 16807 % 2147483647
    m = (a + b / 2147483648.0) / 2147483648.0
    print(m * 2.0 ** (x % 2124 - 1100), a / 1000.0, (a % 100000) * 10.0 ** (b % 40 - 20))
"""


@ONE_PROGRAM
@given(st.lists(FINITE, min_size=500, max_size=500), SEEDS)
def test_repr(tmp_path_factory: pytest.TempPathFactory, drawn: list[float], seed: int) -> None:
    rnd = random.Random(seed)
    values = hard_floats() + random_floats(rnd, 1200) + drawn
    # The values as text parsed at run time: thousands of literals would make a module
    # that takes Binaryen a minute (float() itself is tested by test_parse_float).
    data = " ".join(repr(x) for x in values)
    source = (f"DATA = {data!r}\nvalues = [float(s) for s in DATA.split()]\n"
              "for x in values:\n    print(x)\nfor x in values[::7]:\n    print(-x, str(x))\n"
              + REPR_LOOP.format(seed=loop_seed(seed)))
    lines = compare(tmp_path_factory.mktemp("repr"), "repr", source)
    assert lines == len(values) + len(values[::7]) + 20000


# //, % and **


def result_of(expression: str) -> object:
    try:
        return eval(expression)
    except (ArithmeticError, ValueError):
        return None


def pow_pairs(rnd: random.Random) -> list[tuple[float, float]]:
    pairs = [(1.1, 10.0), (2.0, 0.5), (10.0, -3.0), (3.0, 40.5), (0.5, 1074.0), (0.5, 1075.0),
             (2.0, -1074.0), (2.0, -1075.0), (2.0, 1023.0), (10.0, 308.0), (10.0, -323.0),
             (-2.0, 3.0), (-2.0, -3.0), (-0.5, 1e300), (-1.0, 1e300), (-1.0, 3e300),
             (1.0000000000000002, 1e16), (0.9999999999999999, 1e17), (5e-324, 0.5), (5e-324, -0.01),
             (1.7976931348623157e308, 0.5), (1e-300, 1.0), (7.0, 1e-20), (7.0, -1e-300)]
    pairs += [(b, float(e)) for b in (2.0, 10.0, 3.0, 0.1, 1.5) for e in range(-40, 41, 3)]
    for _ in range(400):
        kind = rnd.randrange(6)
        if kind == 0:
            pair = (rnd.random() * 4, (rnd.random() - 0.5) * 200)
        elif kind == 1:
            pair = (1 + (rnd.random() - 0.5) * 1e-3, (rnd.random() - 0.5) * 1e6)
        elif kind == 2:
            pair = (math.exp((rnd.random() - 0.5) * 1400), (rnd.random() - 0.5) * 4)
        elif kind == 3:
            pair = (-rnd.random() * 100, float(rnd.randrange(-60, 61)))
        elif kind == 4:
            pair = (from_bits(rnd.getrandbits(52)), rnd.random() * 1.2)
        else:
            pair = (rnd.randrange(1, 1000) / rnd.randrange(1, 100),
                    rnd.randrange(-200, 200) / rnd.randrange(1, 5))
        pairs.append(pair)
    return pairs


OPS_LOOP = """
x = {seed}
for i in range(10000):
    x = x * 16807 % 2147483647
    a = x
    x = x * 16807 % 2147483647
    b = x
    x = x * 16807 % 2147483647
    u = (a + b / 2147483648.0) / 2147483648.0
    w = (b + x / 2147483648.0) / 2147483648.0
    q = (u - 0.5) * 2.0 ** (a % 200 - 100)
    r = (w - 0.3) * 2.0 ** (b % 200 - 100)
    print((u * 2.0 + 0.5) ** ((w - 0.5) * 200.0), (1.0 + (u - 0.5) * 0.001) ** ((w - 0.5) * 100000.0),
          q % r, q // r, r % q, r // q, q % 1.0, q // 0.1)
"""


@ONE_PROGRAM
@given(st.lists(st.tuples(FINITE, FINITE), min_size=200, max_size=200), SEEDS)
def test_floordiv_mod_pow(tmp_path_factory: pytest.TempPathFactory, drawn: list[tuple[float, float]],
                          seed: int) -> None:
    rnd = random.Random(seed)
    specials = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.5, -7.5, 1e-320, 1e308, -1e308, 0.1, 1e16,
                math.inf, -math.inf, math.nan, 4503599627370497.0, 2.0 ** 60 + 2048]
    pairs = [(a, b) for a in specials for b in specials]
    values = random_floats(rnd, 200)
    pairs += [(rnd.choice(values), rnd.choice(values)) for _ in range(300)] + drawn
    pairs += [(x, y) for x, y in pow_pairs(rnd)]
    # Each pair with the mask of the operations whose result is a float (not an error or
    # a complex), as text read at run time: a statement per pair makes a module that
    # takes Binaryen a minute.
    rows = []
    for a, b in pairs:
        expressions = [f"({literal(a)}) {op} ({literal(b)})" for op in ("%", "//", "**")]
        mask = sum(1 << i for i, e in enumerate(expressions) if isinstance(result_of(e), float))
        if mask:
            rows.append(f"{a!r} {b!r} {mask}")
    source = (f"for row in {chr(10).join(rows)!r}.split('\\n'):\n"
              "    a, b, mask = row.split()\n    a, b, mask = float(a), float(b), int(mask)\n"
              "    out = []\n    if mask & 1:\n        out.append(a % b)\n    if mask & 2:\n"
              "        out.append(a // b)\n    if mask & 4:\n        out.append(a ** b)\n    print(*out)\n"
              + OPS_LOOP.format(seed=loop_seed(seed)))
    lines = compare(tmp_path_factory.mktemp("ops"), "ops", source)
    assert lines == len(rows) + 10000


# float(str)


def exact_decimal(x: Decimal) -> str:
    sign, digits, exponent = x.normalize().as_tuple()
    text = "".join(map(str, digits))
    return f"{'-' if sign else ''}{text[0]}.{text[1:] or '0'}e{exponent + len(text) - 1}"


def hard_strings(rnd: random.Random) -> list[str]:
    strings = ["1e23", "8.98846567431158e307", "2.2250738585072011e-308", "2.2250738585072012e-308",
               "0.1e-330", "1_000.000_1", " -inf ", "NaN", "+InFiNiTy", "-nan", "inf", "-Infinity",
               "  1.5\n", "\t-0.0 ", "\u2003 7.25\u3000", "\u00a01e3\u2029", "１.５", "٣", "١_٢.٥e١",
               "0e999999999", "1e-9999999", "-1e9999999", "1" + "0" * 400, "0." + "0" * 400 + "1",
               "9007199254740993", "9007199254740993.00000000000000000001",
               "9007199254740992.99999999999999999999",
               "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
               "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
               "179769313486231580793728971405301e276",
               "1.00000000000000011102230246251565404236316680908203125",
               "1.00000000000000011102230246251565404236316680908203124",
               "1.00000000000000011102230246251565404236316680908203126", ".5", "5.", "-.5e-3", "+5.E+3",
               "1_2.3_4e-1_0", "0000000000000000000000000000001.5", "0.000000000000000000000000000000015e30",
               "123456789012345678901234567890", "1.2345678901234567890123456789e-300", "7e-323", "3e-324"]
    for _ in range(40):  # ties between two doubles, and just off them, in many digits
        b = rnd.getrandbits(63) if rnd.random() < 0.7 else rnd.getrandbits(52)
        x, y = from_bits(b), from_bits(b + 1)
        if not math.isfinite(y):
            continue
        middle = (Decimal(x) + Decimal(y)) / 2
        tiny = Decimal(10) ** (middle.adjusted() - 40)
        strings += [exact_decimal(middle), exact_decimal(middle - tiny), exact_decimal(middle + tiny),
                    exact_decimal(Decimal(x))]
    return strings


PARSE_LOOP = """
x = {seed}
for i in range(10000):
    x = x * 16807 % 2147483647
    a = x
    x = x * 16807 % 2147483647
    b = x
    x = x * 16807 % 2147483647
    e = x % 700 - 350
    v = (a + b / 2147483648.0) / 2147483648.0 * 2.0 ** (x % 2124 - 1100)
    print(float(str(v)) == v, float(str(a) + "." + str(b) + "e" + str(e)),
          float(str(a) + str(b) + str(a) + str(b) + "e" + str(e - 20)),
          float(str(x % 10) + "." + "0" * (x % 30) + str(b) + "e" + str(e % 40 - 325)))
"""


@ONE_PROGRAM
@given(st.lists(FINITE, min_size=300, max_size=300), SEEDS)
def test_parse_float(tmp_path_factory: pytest.TempPathFactory, drawn: list[float], seed: int) -> None:
    getcontext().prec = 2000
    rnd = random.Random(seed)
    strings = hard_strings(rnd)
    for x in random_floats(rnd, 350) + drawn:
        strings += [repr(x), f"{x:.17e}", f"{x:.25E}", f"{x:.40g}"]
    for x in random_floats(rnd, 30):
        strings.append(format(Decimal(x), "f") if abs(x) > 1e-30 else exact_decimal(Decimal(x)))
    # One str of them all, split at run time (a statement each makes a module that takes
    # Binaryen half a minute).
    data = "\x00".join(strings)
    source = (f"for s in {data!r}.split('\\x00'):\n    print(float(s))\n"
              + PARSE_LOOP.format(seed=loop_seed(seed)))
    lines = compare(tmp_path_factory.mktemp("parse"), "parse", source)
    assert lines == len(strings) + 10000


# Both optimization levels, on the special cases.


@pytest.mark.parametrize("opt_level", ["2", "0"])
def test_special_cases_unoptimized_and_optimized(tmp_path: Path, opt_level: str) -> None:
    values = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.0, 1e-320, 1e308, math.inf, -math.inf,
              math.nan, 0.1, -7.5, 1.5]
    statements = [f"print({literal(x)})" for x in hard_floats()[::5]]
    for a in values:
        for b in values:
            for op in ("%", "//", "**"):
                expression = f"({literal(a)}) {op} ({literal(b)})"
                if isinstance(result_of(expression), float):
                    statements.append(f"print({expression})")
    statements += [f"print(float({s!r}))" for s in hard_strings(random.Random(1))[:60]]
    compare(tmp_path, f"special{opt_level}", program(statements), opt_level)


# Errors: the exception's last line, as CPython prints it.


@pytest.mark.parametrize("expression", [
    "1.5 % 0.0", "-2 // -0.0", "0.0 ** -1", "(-0.0) ** -0.5", "10.0 ** 400", "(-2.0) ** 1e300",
    "0.5 ** -3000", "float('abc')", "float('1__0')", "float('_1')", "float('1_')", "float('1_.5')",
    "float('')", "float('1e')", "float('infinit')", "float('0x10')", "float('1 0')", "float('١x')",
])
def test_errors(tmp_path: Path, expression: str) -> None:
    path = tmp_path / "error.py"
    path.write_text(f"print(1.5)\nprint({expression})\nprint(2.5)\n", encoding="utf-8")
    expected = run_cpython(path)
    actual = run_wasm(build(path), name=str(path))
    assert expected.exit_code != 0
    assert (actual.stdout, actual.exit_code, actual.last_stderr_line) == (
        expected.stdout, expected.exit_code, expected.last_stderr_line)
