"""str operations and methods, format(), str.format, % formatting and bytes, against CPython.

Each test builds one dialect program of many cases (a runtime function called on literal
arguments), runs it, and compares every printed line with what CPython computes for the
same call: repr(result), or the exception as `Kind: 'message'`.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import run_dialect

MISSING = object()

PRELUDE = '''
def show(v: obj) -> None:
    if v == ERROR_VALUE:
        e: i32 = i32(EXC_CURRENT)
        stdout_write_str(exc_name(load_i32(e, EXC_KIND)))
        stdout_write_str(": ")
        m: obj = exc_str(EXC_CURRENT)
        r: obj = str_repr(m)
        stdout_write_str(r)
        decref(r)
        decref(m)
        stdout_write_str("\\n")
        decref(EXC_CURRENT)
        EXC_CURRENT = 0
        EXC_CURRENT = 0
        return
    text: obj = py_repr(v)
    stdout_write_str(text)
    stdout_write_str("\\n")
    decref(text)
    decref(v)


def show_bool(status: i32) -> None:
    if status < 0:
        show(ERROR_VALUE)
    else:
        show(box_bool(status))


def tup(n: i32) -> obj:
    return tuple_new(n)


def put(t: obj, i: i32, v: obj) -> obj:
    tuple_set(t, i, v)
    return t


def dct(t: obj) -> obj:
    """A dict of the (key, value) pairs of t."""
    d: obj = dict_new()
    for i in range(0, tuple_length(t)):
        pair: obj = tuple_item(t, i)
        dict_setitem(d, tuple_item(pair, 0), tuple_item(pair, 1))
    decref(t)
    return d


def big(digits: obj, negative: i32) -> obj:
    v: i64 = int_from_literal(digits)
    if negative:
        v = int_neg_slow(v)
    return int_box(v)


def lst(t: obj) -> obj:
    l: obj = list_new(0)
    for i in range(0, tuple_length(t)):
        list_append(l, tuple_item(t, i))
    decref(t)
    return l

'''


def lit(v: Any) -> str:
    """A dialect expression for a new reference to the Python value v."""
    if v is MISSING:
        return "MISSING_VALUE"
    if v is None:
        return "NONE_VALUE"
    if v is True:
        return "TRUE_VALUE"
    if v is False:
        return "FALSE_VALUE"
    if isinstance(v, int):
        if -(1 << 47) <= v < (1 << 47):
            return f"box_int({v})"
        return f'big("{abs(v)}", {int(v < 0)})'
    if isinstance(v, float):
        bits = struct.unpack("<q", struct.pack("<d", v))[0]
        return f"box_float(f64_of_bits({bits}))"
    if isinstance(v, str):
        return f"new_ref({v!r})"
    if isinstance(v, bytes):
        return f"bytes_from_latin1({v.decode('latin-1')!r})"
    if isinstance(v, tuple):
        expr = f"tup({len(v)})"
        for i, item in enumerate(v):
            expr = f"put({expr}, {i}, {lit(item)})"
        return expr
    if isinstance(v, dict):
        return f"dct({lit(tuple(v.items()))})"
    if isinstance(v, list):
        return f"lst({lit(tuple(v))})"
    if isinstance(v, slice):
        return f"slice_new({lit(v.start)}, {lit(v.stop)}, {lit(v.step)})"
    raise TypeError(v)


def outcome(fn: Callable[[], Any]) -> str:
    try:
        return repr(fn())
    except Exception as e:  # noqa: BLE001 - every error is compared
        return f"{type(e).__name__}: {str(e)!r}"


@dataclass
class Case:
    code: str               # a dialect statement printing one line
    expected: str


def call(function: str, *args: Any, python: Callable[[], Any], show: str = "show") -> Case:
    return Case(f"{show}({function}({', '.join(lit(a) for a in args)}))", outcome(python))


def method(name: str, receiver: Any, *args: Any, arity: int) -> Case:
    """receiver.name(*args) as str_<name>(receiver, args..., MISSING...) (bytes_<name> for bytes)."""
    prefix = "bytes" if isinstance(receiver, bytes) else "str"
    padded = list(args) + [MISSING] * (arity - len(args))
    return call(f"{prefix}_{name}", receiver, *padded, python=lambda: getattr(receiver, name)(*args))


def run_cases(cases: list[Case]) -> None:
    body = "\n".join(f"    {c.code}" for c in cases)
    source = PRELUDE + f"def module_body() -> obj:\n{body}\n    return NONE_VALUE\n"
    out = run_dialect(source, opt_level="1")
    assert out.exit_code == 0, out.last_stderr_line
    lines = out.stdout.split("\n")
    assert len(lines) == len(cases) + 1, out.stdout[-2000:]
    mismatches = [f"{c.code}\n   molt:    {got}\n   CPython: {c.expected}"
                  for c, got in zip(cases, lines) if got != c.expected]
    assert not mismatches, "\n".join(mismatches[:20])


ARITY = {
    "split": 2, "rsplit": 2, "join": 1, "strip": 1, "lstrip": 1, "rstrip": 1, "replace": 3,
    "find": 3, "rfind": 3, "index": 3, "rindex": 3, "count": 3, "startswith": 3, "endswith": 3,
    "upper": 0, "lower": 0, "title": 0, "capitalize": 0, "swapcase": 0, "casefold": 0,
    "isdigit": 0, "isalpha": 0, "isalnum": 0, "isspace": 0, "isupper": 0, "islower": 0,
    "isdecimal": 0, "isnumeric": 0, "istitle": 0, "isidentifier": 0, "isascii": 0,
    "isprintable": 0, "center": 2, "ljust": 2, "rjust": 2, "zfill": 1, "partition": 1,
    "rpartition": 1, "splitlines": 1, "removeprefix": 1, "removesuffix": 1, "expandtabs": 1,
    "encode": 2, "decode": 2, "hex": 0,
}
BYTES_ARITY = {"strip": 1, "lstrip": 1, "rstrip": 1, "split": 2, "rsplit": 2, "find": 3, "rfind": 3,
               "index": 3, "rindex": 3, "count": 3, "startswith": 3, "endswith": 3, "replace": 3,
               "join": 1, "upper": 0, "lower": 0, "decode": 2, "hex": 0}


def m(name: str, receiver: Any, *args: Any) -> Case:
    arity = (BYTES_ARITY if isinstance(receiver, bytes) else ARITY)[name]
    return method(name, receiver, *args, arity=arity)


# Fixed cases.

def test_indexing_iteration_repr_ord_chr() -> None:
    s = "h\xe9llo w\u20acrld \U0001f600!"
    cases = []
    for key in [0, 1, 5, -1, -2, 14, 15, -16, 2.0, True, "x", None]:
        for text in [s, "hello"]:
            cases.append(call("str_getitem", text, key, python=lambda t=text, k=key: t[k]))
    for sl in [slice(None, None, -1), slice(1, None, 2), slice(-3, None), slice(None, 100),
               slice(8, 2, -2), slice(None, None, 0), slice(2, 2), slice(1.5, None), slice(-100, 3, 3)]:
        for text in [s, "hello world"]:
            cases.append(call("str_getitem", text, sl, python=lambda t=text, k=sl: t[k]))
    for sub in ["", "l", "\u20acr", "xyz", s, 5]:
        cases.append(Case(f"show_bool(str_contains({lit(s)}, {lit(sub)}))",
                          outcome(lambda b=sub: b in s)))
    cases.append(Case(f"show(sequence_to_list({lit(s)}))", repr(list(s))))
    for text in ["", "a'b", 'a"b', "a'\"b", "\\ \n\r\t\x00\x1f\x7f\x80\xa0\xad\xe9",
                 "\u0378\u2028\ud800\U0001f600\U000e0001\ufeff\u3000 x", "\U0010ffff\U000f0000"]:
        cases.append(call("str_repr", text, python=lambda t=text: repr(t)))
        cases.append(call("py_ascii", text, python=lambda t=text: ascii(t)))
    for c in ["a", "\xe9", "\U0001f600", "ab", "", 5, b"a", b"ab"]:
        cases.append(call("py_ord", c, python=lambda c=c: ord(c)))
    for i in [0, 65, 233, 0x20ac, 0xd800, 0x10ffff, 0x110000, -1, 2**40, 1.5, True]:
        cases.append(call("py_chr", i, python=lambda i=i: chr(i)))
    cases.append(Case('show(box_bool(str_hash("abc") == str_hash(str_concat("ab", "c"))))', "True"))
    cases.append(Case('show(box_bool(str_hash("abc") != str_hash("abd")))', "True"))
    cases.append(Case('show(box_bool(str_hash("") != -1))', "True"))
    run_cases(cases)


def test_search_split_join_strip_pad() -> None:
    s = "  Hello, w\xf6rld!\tHello\u3000again  "
    cases = [
        m("find", s, "Hello"), m("find", s, "Hello", 3), m("find", s, "Hello", -10, -2),
        m("rfind", s, "Hello"), m("rfind", s, "l", 0, 10), m("find", s, ""), m("find", s, "", 100),
        m("rfind", s, "", 5, 3), m("index", s, "zz"), m("rindex", s, "w\xf6"), m("find", s, 5),
        m("find", s, "l", None, None), m("find", s, "l", 1.5), m("count", s, "l"),
        m("count", s, ""), m("count", s, "", 3, 8), m("count", s, "", 40), m("count", "aaaa", "aa"),
        m("startswith", s, "  He"), m("startswith", s, ("x", "  H")), m("startswith", s, "Hello", 2),
        m("endswith", s, "n  "), m("endswith", s, ("x", 1)), m("endswith", s, 1),
        m("startswith", s, "", 100), m("endswith", s, "rld", 0, 14),
        m("split", s), m("split", s, None, 1), m("split", s, ","), m("split", s, "l", 2),
        m("split", s, ""), m("split", s, 1), m("split", "", ","), m("split", ""), m("split", "a,b,", ",", -1),
        m("split", s, None, 1.5),
        m("rsplit", s), m("rsplit", s, None, 1), m("rsplit", s, "l", 2), m("rsplit", "a,b,,c,", ","),
        m("join", ", ", ["a", "\xe9", "c"]), m("join", "", []), m("join", "-", ("x",)),
        m("join", "-", "abc"), m("join", "-", ["a", 1]), m("join", "-", 5),
        m("strip", s), m("lstrip", s), m("rstrip", s), m("strip", "xxhixx", "x"),
        m("strip", "\xe9\xe9hi\xe9", "\xe9"), m("strip", s, None), m("strip", s, 1), m("rstrip", "aba", "ab"),
        m("replace", "abcabc", "b", "XX"), m("replace", "abcabc", "b", "", 1), m("replace", "abc", "", "-"),
        m("replace", "abc", "", "-", 2), m("replace", "", "", "x"), m("replace", "abc", "z", "y"),
        m("replace", "abc", 1, "y"), m("replace", "abc", "a", 1), m("replace", "\xe9\xe9", "\xe9", "e", 0),
        m("partition", s, ","), m("partition", s, "zz"), m("rpartition", s, "l"), m("rpartition", s, "zz"),
        m("partition", s, ""), m("partition", s, 1),
        m("splitlines", "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"),
        m("splitlines", "a\nb\r\n\r\n", True), m("splitlines", ""), m("splitlines", "abc"),
        m("splitlines", "abc\n", 1), m("splitlines", "x", 1.5),
        m("removeprefix", s, "  He"), m("removeprefix", s, "x"), m("removesuffix", s, "n  "),
        m("removesuffix", s, ""), m("removeprefix", s, 1),
        m("expandtabs", "a\tbc\t\xe9\td\n\te\r\tf"), m("expandtabs", "a\tb", 3), m("expandtabs", "a\tb", 0),
        m("expandtabs", "a\tb", -1), m("expandtabs", "a\tb", 1.5),
        m("center", "ab", 7), m("center", "abc", 6, "*"), m("center", "ab", 7, "\xe9"), m("center", "ab", 1),
        m("ljust", "ab", 5), m("rjust", "ab", 5, "0"), m("ljust", "ab", 5, "xy"), m("ljust", "ab", 5, 1),
        m("rjust", "ab", 2.0), m("zfill", "-42", 6), m("zfill", "+4", 4), m("zfill", "abc", 5),
        m("zfill", "", 3), m("zfill", "x", "y"),
    ]
    run_cases(cases)


def test_case_and_predicates() -> None:
    texts = ["", "hello World", "HELLO", "stra\xdfe", "\u0130stanbul", "\u03a3\u0391\u03a3 \u039f\u03a3",
             "a\u03a3", "\u03a3", "A.\u03a3.", "\u01c4\u01c5\u01c6 \u1f88", "ﬁ ﬀ \u0149n", "hello1 2world_x",
             "Hello World", "Hello world", "12\xb2\u0663", "\u2167 \xbd", "_id\xe9nt1", "1abc", "a b",
             " \t\n\x1c\u3000", "\u00e9\u0301", "Ǆungla", "x\u0345\u03a3"]
    cases = []
    for t in texts:
        for name in ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "isdigit", "isalpha",
                     "isalnum", "isspace", "isupper", "islower", "isdecimal", "isnumeric", "istitle",
                     "isidentifier", "isascii", "isprintable"]:
            cases.append(m(name, t))
    run_cases(cases)


def test_encode_decode_and_bytes() -> None:
    cases = []
    for text in ["abc", "a\xe9\xea", "\u20ac\U0001f600", "a\ud800\udc00b", "\udcff\udc80x"]:
        for enc in [MISSING, "utf-8", "UTF8", "latin-1", "L1", "iso-8859-1", "ascii", "US-ASCII", "foo", 1]:
            for err in [MISSING, "ignore", "replace", "backslashreplace", "xmlcharrefreplace",
                        "surrogateescape", "surrogatepass", "bogus"]:
                if enc is MISSING and err is not MISSING:
                    continue
                args = [a for a in (enc, err) if a is not MISSING]
                cases.append(m("encode", text, *args))
    for data in [b"abc", b"a\xff", b"\xe2\x82", b"\xe2\x28\xa1", b"a\xed\xa0\x80b", b"\xf0\x90\x80",
                 b"\xf4\x90\x80\x80", b"\xc0\xafz", b"\xe2\x82\xac\xf0\x9f\x98\x80"]:
        for enc in [MISSING, "utf-8", "latin1", "ascii"]:
            for err in [MISSING, "strict", "ignore", "replace", "backslashreplace", "surrogateescape",
                        "surrogatepass", "xmlcharrefreplace"]:
                if enc is MISSING and err is not MISSING:
                    continue
                args = [a for a in (enc, err) if a is not MISSING]
                cases.append(m("decode", data, *args))
    b = b"a'b\"\x00\t\n\r\\\x7f\xff hello"
    for v in [b, b"", b"'", b"'\"", b"\x80abc"]:
        cases.append(call("bytes_repr", v, python=lambda v=v: repr(v)))
        cases.append(call("bytes_hex", v, python=lambda v=v: v.hex()))
    for key in [0, 3, -1, 20, -21, "x", 1.5, slice(None, None, -1), slice(2, 9, 3), slice(None, None, 0)]:
        cases.append(call("bytes_getitem", b, key, python=lambda k=key: b[k]))
    for v in [97, 300, -1, b"ll", b"", "a", 1.5]:
        cases.append(Case(f"show_bool(bytes_contains({lit(b)}, {lit(v)}))", outcome(lambda v=v: v in b)))
    cases += [
        call("bytes_concat", b"ab", b"cd", python=lambda: b"ab" + b"cd"),
        call("bytes_concat", b"ab", "cd", python=lambda: b"ab" + "cd"),  # type: ignore[operator]
        Case(f"show(bytes_repeat({lit(b'ab')}, 3))", repr(b"ab" * 3)),
        Case(f"show(box_int(i64(bytes_compare({lit(b'ab')}, {lit(b'abc')}))))", "-1"),
        Case(f"show(box_int(i64(bytes_compare({lit(b'b')}, {lit(b'abc')}))))", "1"),
        Case(f"show(box_bool(bytes_equal({lit(b'ab')}, {lit(b'ab')})))", "True"),
        Case(f"show(box_bool(bytes_hash({lit(b'ab')}) == str_hash(\"ab\")))", "True"),
        Case("show(sequence_to_list(" + lit(b"a\xff") + "))", repr(list(b"a\xff"))),
    ]
    for v in [3, 0, -1, [1, 2, 255], (65, 66), [300], ["a"], [1.5], "abc", b"xy", 1.5, None, MISSING]:
        cases.append(call("bytes_from_object", v, python=lambda v=v: bytes() if v is MISSING else bytes(v)))
    cases += [
        call("bytes_construct", "\xe9", "utf-8", MISSING, python=lambda: bytes("\xe9", "utf-8")),
        call("bytes_construct", "\xe9", "ascii", "replace", python=lambda: bytes("\xe9", "ascii", "replace")),
        call("bytes_construct", 3, "utf-8", MISSING, python=lambda: bytes(3, "utf-8")),  # type: ignore[call-overload]
        call("bytes_construct", MISSING, MISSING, "x", python=lambda: bytes(errors="x")),  # type: ignore[call-overload]
        call("bytes_from_latin1", "a\xff", python=lambda: b"a\xff"),
    ]
    h = b" hello, world\t\n"
    cases += [
        m("find", h, b"o"), m("find", h, 111), m("find", h, 300), m("find", h, "o"), m("find", h, 1.5),
        m("rfind", h, b"o"), m("find", h, b"o", 6), m("index", h, b"z"), m("rindex", h, b"l", 0, 5),
        m("count", h, b"l"), m("count", h, b""), m("count", h, 108),
        m("startswith", h, b" he"), m("startswith", h, (b"x", b" h")), m("startswith", h, "x"),
        m("startswith", h, ("x",)), m("endswith", h, b"\n"), m("endswith", h, 1),
        m("replace", h, b"l", b"L"), m("replace", h, b"l", b"", 2), m("replace", b"ab", b"", b"-"),
        m("replace", h, "l", b""),
        m("split", h), m("split", h, b","), m("split", h, None, 1), m("split", h, b""), m("split", h, ","),
        m("rsplit", h, None, 1), m("rsplit", h, b"l", 1), m("split", b"a,,b", b","),
        m("strip", h), m("lstrip", h), m("rstrip", h), m("strip", b"xxaxx", b"x"), m("strip", h, "x"),
        m("join", b", ", [b"a", b"b"]), m("join", b"", []), m("join", b"-", [b"a", "b"]), m("join", b"-", 3),
        m("upper", b"abC\xe9"), m("lower", b"ABc\xc9"),
    ]
    run_cases(cases)


INT_SPECS = ["", "d", "5", "<5", "^5", "=+5", "+", " ", "-", "x", "X", "#x", "#X", "o", "#o", "b", "#b",
             "c", ",", "_", "_x", "_b", "#010_b", "010", "010,", "09,", "04,", "*^+12,d", "\xe9>6",
             "n", "e", ".2f", "%", "g", "#g", ",.2f", "z", ".2", "+c", "#c", ",c", ",x", ",_", "_,", "xx",
             ".", "s", "\xe9", "\x01", "\u0663", "=10", " 08_d", "-#x"]
FLOAT_SPECS = ["", ".0", ".1", ".3", ".17", "e", "E", ".0e", ".3e", "#.0e", "f", "F", ".0f", "#.0f",
               ".10f", "g", "G", ".0g", "#g", "#.3g", ".12g", "%", ".1%", "n", ",", "_.2f", "010.2f",
               "+", " ", "=+12.3", "^+12.3e", "z.1f", "z", "#", ">12,.4f", "0=10", "d", ",.0%", ".3n"]


def test_format_spec() -> None:
    cases = []
    for v in [0, 1, -1, 42, -255, 123456789, 65, 0x10ffff, -(2**40), True, False]:
        for spec in INT_SPECS:
            cases.append(call("py_format", v, spec, python=lambda v=v, s=spec: format(v, s)))
    for f in [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 0.125, 1234.5678, 1e16, 1e22, 1.5e-7, 123456789.0, 5e-324,
              1.7976931348623157e308, math.inf, -math.inf, math.nan, 0.5, 9.995, 1e-4, 0.0001234]:
        for spec in FLOAT_SPECS:
            cases.append(call("py_format", f, spec, python=lambda f=f, s=spec: format(f, s)))
    for s in ["", "abc", "h\xe9llo"]:
        for spec in ["", "s", "5", "<5", ">5", "^6", "*^7", "\xe9^7", ".1", "10.2", ".0", "=5", "+", " ",
                     "#", "z", "d", ",", "_s", "0", "05", "x5"]:
            cases.append(call("py_format", s, spec, python=lambda v=s, sp=spec: format(v, sp)))
    for v in [None, [1, 2], (1,)]:
        for spec in ["", "x", "5"]:
            cases.append(call("py_format", v, spec, python=lambda v=v, s=spec: format(v, s)))
    for v in [2**100, -(2**100) - 12345, 2**47, -(2**47) - 1, 2**1100]:
        for spec in ["", "d", ",", "_", "x", "#X", "#o", "_b", "+40", "=+50,", "e", ".3%", "c", "n", ".2"]:
            cases.append(call("py_format", v, spec, python=lambda v=v, s=spec: format(v, s)))
    cases.append(call("py_format", 1, 1, python=lambda: format(1, 1)))  # type: ignore[arg-type]
    cases.append(call("py_format", 1, "1" * 30, python=lambda: format(1, "1" * 30)))
    cases.append(call("py_format", 1.5, "." + "9" * 12, python=lambda: format(1.5, "." + "9" * 12)))
    cases.append(call("py_format", 1.5, ".1000f", python=lambda: format(1.5, ".1000f")))
    cases.append(call("py_format", 1e300, ",.3f", python=lambda: format(1e300, ",.3f")))
    run_cases(cases)


def test_str_format_method() -> None:
    def fm(fmt: str, *args: Any) -> Case:
        return call("str_format_method", fmt, tuple(args), None, python=lambda: fmt.format(*args))

    cases = [
        fm("{} {} {}", 1, "a", 2.5), fm("{0}{1}{0}", "x", "y"), fm("{}{1}", 1, 2), fm("{1}{}", 1, 2),
        fm("{2}", 1, 2), fm("{}"), fm("{a}", 1), fm("{:>{}}|{:^{}}", "a", 5, "b", 6), fm("{:{}{}}", 3, "<", 4),
        fm("{0!s:>{1}}", "ab", 5), fm("{!r}", "a'b"), fm("{!a}", "\xe9"), fm("{!s}", 1.5), fm("{!x}", 1),
        fm("{!\xe9}", 1), fm("{!r", 1), fm("{!", 1), fm("{!rx}", 1), fm("{a", 1), fm("{0[}", 1),
        fm("{0[1]}", (7, 8)), fm("{0[5]}", (7, 8)), fm("{0[1]}", [7, 8]), fm("{0[a]}", [1]), fm("{0[-1]}", [1]),
        fm("{0[1][0]}", [1, "xy"]), fm("{0.real}", 1), fm("{0.}", 1), fm("{0[]}", 1), fm("{0]}", [1]),
        fm("{0[0]x}", [1]), fm("{:{:{}}}", 1, 2, 3), fm("x}y"), fm("x{"), fm("{{}}{}", 5), fm("}}{{"),
        fm("{:}}", 1), fm("{}}", 1), fm("{x{}", 1), fm("{0:{{}}}", 1), fm("{:,.2f} {:>8} {:^6}", 1234.567, "hi", 3),
        fm("{:%} {:e} {:x} {:c}", 0.25, 1e10, 255, 97), fm("{0:}", 1.5), fm("\xe9{}\u20ac", "\U0001f600"),
        fm("{\u0661}", 1, 2), fm("{" + "9" * 25 + "}", 1), fm("{:" + "9" * 25 + "}", 1), fm("{:d}", "x"),
        fm("{ }", 1), fm("{-1}", 1),
    ]

    def fk(fmt: str, *args: Any, **kwargs: Any) -> Case:
        return call("str_format_method", fmt, tuple(args), kwargs, python=lambda: fmt.format(*args, **kwargs))

    cases += [
        fk("{a}-{b!r:>6}-{0}", 1, a="x", b="y"), fk("{a[1]}", a=[5, 6]), fk("{a[k]}", a={"k": 3}),
        fk("{a[0]}", a={0: "z"}), fk("{a[x]}", a={}), fk("{zz}", a=1), fk("{a:{w}.{p}f}", a=3.14159, w=10, p=2),
        fk("{0[1]:x<4}|{n}", (1, 2), n=None), fk("{}{n}", 1, n=2), fk("{a.real}", a=2.5),
    ]
    run_cases(cases)


def test_percent() -> None:
    def pct(fmt: str, args: Any) -> Case:
        return call("str_percent", fmt, args, python=lambda: fmt % args)

    cases = [
        pct("%", ()), pct("%5%", ()), pct("%5%", (1,)), pct("%%", ()), pct("%s", [1, 2]), pct("abc", [1]),
        pct("abc", 5), pct("abc", "x"), pct("%s %s", (1,)), pct("%s", (1, 2)), pct("%(a)s", 5),
        pct("%*d|", (5, 3)), pct("%*d", ("x", 3)), pct("%.*f", (2, 3.14159)), pct("%-*d|", (-5, 3)),
        pct("%.*f", (-2, 3.14159)), pct("%d", "x"), pct("%x", 3.5), pct("%d", 3.7), pct("%i", -3.7),
        pct("%f", "x"), pct("%c", "ab"), pct("%c", 1.5), pct("%c", -1), pct("%c", 65), pct("%c", "\xe9"),
        pct("%5c|", "x"), pct("%y", 1), pct("a%\xe9", 1), pct("\xe9%y", 1), pct("%05d", -42),
        pct("%-05d|", 3), pct("%+5.2f", 3.14159), pct("%#x", 255), pct("%#X", 255), pct("%#o", 8),
        pct("%#08x", 255), pct("%08.3f", -3.14159), pct("% d", 5), pct("%.3d", 5), pct("%10.4s|", "abcdef"),
        pct("%-10.4s|", "h\xe9llo"), pct("%r", "a"), pct("%a", "\xe9"), pct("%s", None), pct("%i %u", (1, 2)),
        pct("%e %E", (12345.678, 1e-10)), pct("%G %#g %g", (1e-10, 1.0, 1e100)), pct("%ld %hd %Lf", (5, 6, 7.0)),
        pct("%5", 1), pct("%.", 1), pct("%-", 1), pct("%(a", 1), pct("%d %s %x", (True, True, True)),
        pct("%.0f %.2f %.1f", (2.5, 0.125, 0.25)), pct("%s", (1,)), pct("%s", ((1, 2),)),
        pct("%0*d", (5, -3)), pct("%c", 0x110000), pct("%+s|%+10s", ("a", "b")), pct("%x %X", (-255, 255)),
        pct("%#5x|", -255), pct("%#-8x|", 255), pct("%.5x", 255), pct("%#.5x", 255), pct("%+#o", 8),
        pct("% #010x", 255), pct("%+010.3e", 12.5), pct("%-+8d|", 5), pct("%5.1s|", "\xe9x"),
        pct("%d", float("inf")), pct("%d", float("nan")), pct("%f %F", (math.inf, math.nan)),
        pct("%*.*f|", (10, 3, math.pi)), pct("%.*s", (2, "abc")), pct("%*s", (1.5, "x")),
        pct("%d", 2.0**46), pct("%s %r", ("\n", "\n")), pct("%o", -8), pct("%#o", 0),
        pct("%(a)s %(b)05.1f %(c)r", {"a": 1, "b": 2.25, "c": "x"}), pct("%(a)s", {}), pct("%(a)s %s", {"a": 1}),
        pct("%s", {"a": 1}), pct("%(a)s", {"a": 1, "b": 2}), pct("%(a)*d", {"a": 1}), pct("%((a))s", {"(a)": 7}),
        pct("%d %x %#o %.3s %c", (2**100, -(2**70), 2**64, 2**70, 2**100)), pct("%d", 1e20), pct("%X", 2**65),
    ]
    run_cases(cases)


# Random inputs, many to a program.

ALPHABET = st.sampled_from(list("aAzZ09 _-.,'\"\\\t\n\r\x00\x7f\xe9\xdf\xc9\u0130\u0131\u03a3\u03c3\u03c2"
                                "\u01c5\u1e9e\u2028\u3000\u20ac\ufb01\U0001f600\U00010400\ud800\u0345\u0301"
                                "\xb2\u0663\u2167"))
TEXT = st.text(ALPHABET, max_size=12)
SMALL = st.integers(-30, 30) | st.none()


@st.composite
def str_case(draw: st.DrawFn) -> Case:
    s = draw(TEXT)
    kind = draw(st.integers(0, 13))
    if kind == 0:
        return m(draw(st.sampled_from(["upper", "lower", "title", "capitalize", "swapcase", "casefold"])), s)
    if kind == 1:
        return m(draw(st.sampled_from(["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
                                        "isdecimal", "isnumeric", "istitle", "isidentifier",
                                        "isprintable"])), s)
    if kind == 2:
        return call("str_repr", s, python=lambda: repr(s))
    if kind == 3:
        sep = draw(st.none() | TEXT)
        name = draw(st.sampled_from(["split", "rsplit"]))
        return m(name, s, sep, draw(st.integers(-1, 4)))
    if kind == 4:
        return m(draw(st.sampled_from(["strip", "lstrip", "rstrip"])), s, draw(st.none() | TEXT))
    if kind == 5:
        name = draw(st.sampled_from(["find", "rfind", "count", "startswith", "endswith"]))
        return m(name, s, draw(TEXT), draw(SMALL), draw(SMALL))
    if kind == 6:
        return m("replace", s, draw(TEXT), draw(TEXT), draw(st.integers(-1, 3)))
    if kind == 7:
        key = draw(st.integers(-15, 15) | st.builds(slice, SMALL, SMALL, st.sampled_from([None, 1, 2, -1, -3])))
        return call("str_getitem", s, key, python=lambda: s[key])
    if kind == 8:
        name = draw(st.sampled_from(["center", "ljust", "rjust"]))
        return m(name, s, draw(st.integers(-2, 16)), draw(st.sampled_from([" ", "*", "\xe9", "\U0001f600"])))
    if kind == 9:
        return m(draw(st.sampled_from(["partition", "rpartition"])), s, draw(TEXT.filter(bool)))
    if kind == 10:
        return m("splitlines", s, draw(st.booleans()))
    if kind == 11:
        return m("expandtabs", s, draw(st.integers(-1, 9)))
    if kind == 12:
        return m("encode", s, draw(st.sampled_from(["utf-8", "latin-1", "ascii"])),
                 draw(st.sampled_from(["strict", "ignore", "replace", "backslashreplace",
                                       "xmlcharrefreplace", "surrogateescape", "surrogatepass"])))
    return m("zfill", s, draw(st.integers(-1, 16)))


SETTINGS = settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))


@SETTINGS
@given(st.lists(str_case(), min_size=150, max_size=150))
def test_random_str_methods(cases: list[Case]) -> None:
    run_cases(cases)


@st.composite
def format_spec(draw: st.DrawFn) -> str:
    parts = []
    if draw(st.booleans()):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from([" ", "*", "0", "\xe9", "{"])))
        parts.append(draw(st.sampled_from("<>=^")))
    parts.append(draw(st.sampled_from(["", "", "+", "-", " "])))
    parts.append(draw(st.sampled_from(["", "", "", "z"])))
    parts.append(draw(st.sampled_from(["", "", "#"])))
    parts.append(draw(st.sampled_from(["", "", "0"])))
    parts.append(draw(st.sampled_from(["", "", "1", "7", "12", "25"])))
    parts.append(draw(st.sampled_from(["", "", "", ",", "_"])))
    parts.append(draw(st.sampled_from(["", "", ".0", ".1", ".3", ".8", ".17"])))
    parts.append(draw(st.sampled_from(["", "", "d", "x", "X", "o", "b", "c", "n", "e", "E", "f", "F", "g",
                                       "G", "%", "s"])))
    return "".join(parts)


VALUES = (st.integers(-(2**46), 2**46) | st.integers(-1000, 1000) | st.booleans()
          | st.floats(allow_nan=True, allow_infinity=True) | st.floats(-1e6, 1e6) | TEXT)


@SETTINGS
@given(st.lists(st.tuples(VALUES, format_spec()), min_size=250, max_size=250))
def test_random_format_specs(pairs: list[tuple[Any, str]]) -> None:
    run_cases([call("py_format", v, s, python=lambda v=v, s=s: format(v, s)) for v, s in pairs])


@SETTINGS
@given(st.lists(st.tuples(st.floats(allow_nan=False, allow_infinity=False)
                          | st.floats(-1000, 1000).map(lambda x: round(x, 3))
                          | st.integers(-10**6, 10**6).map(lambda n: n / 8),
                          st.sampled_from("eEfFgG%"), st.integers(0, 25),
                          st.sampled_from(["", "#", "+", ","])), min_size=250, max_size=250))
def test_random_float_rounding(items: list[tuple[float, str, int, str]]) -> None:
    cases = []
    for x, code, precision, flag in items:
        if flag == "," and code not in "fF%eEgG":
            flag = ""
        spec = f"{flag}.{precision}{code}"
        cases.append(call("py_format", x, spec, python=lambda x=x, s=spec: format(x, s)))
        if flag != ",":
            pfmt = f"%{flag}.{precision}{'f' if code == '%' else code}"
            cases.append(call("str_percent", pfmt, x, python=lambda x=x, p=pfmt: p % x))
    run_cases(cases)


def test_unicode_database_lookup() -> None:
    """The record of every BMP code point and of every 97th above, through the trie."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from gen_unicode_tables import FLAGS, flags_of

    # (No C0 controls: the harness reads stdout with universal newlines.)
    ranges = [(0x20, 0xD800, 1), (0xE000, 0x10000, 1), (0x10000, 0x110000, 97)]
    loops = "\n".join(f"""    for c in range({a}, {b}, {step}):
        put_flags(b, c)
        for k in range(1, 5):
            put_case_mapping(m + (k - 1) * 4, c, k)""" for a, b, step in ranges)
    source = f"""
def put_flags(b: i32, c: i32) -> None:
    q: i32 = strbuf_reserve(b, 4)
    if q != 0:
        write_hex(q, uc_flags(c) & 0x1FFF, 4)
        strbuf_advance(b, 4)


def module_body() -> obj:
    b: i32 = strbuf_new(0)
    m: i32 = alloc(16)
    for k in range(0, 4):
        store_i32(m + k * 4, strbuf_new(0))
{loops.replace("m + (k - 1) * 4", "load_i32(m + (k - 1) * 4)")}
    stdout_write_str(strbuf_finish(b))
    for k in range(0, 4):
        stdout_write_str("\\n")
        stdout_write_str(strbuf_finish(load_i32(m + k * 4)))
    stdout_write_str("\\n")
    return NONE_VALUE
"""
    points = [c for a, b, step in ranges for c in range(a, b, step)]
    mask = (1 << 13) - 1
    expected = ["".join(f"{flags_of(c) & mask:04x}" for c in points)]
    for name in ["upper", "lower", "title", "casefold"]:
        expected.append("".join(getattr(chr(c), name)() for c in points))
    out = run_dialect(source, opt_level="1")
    assert out.exit_code == 0, out.last_stderr_line
    assert out.stdout == "\n".join(expected) + "\n"
    assert FLAGS["EXT_UPPER"] == 1 << 13


def test_hello_world_reaches_no_unicode_tables() -> None:
    from molt.driver import Options, compile_to_ir

    module = compile_to_ir('print("hello")\n', "app.py", Options())
    for name in ["uc_record", "uc_flags", "str_upper", "py_format", "float_digits", "is_unicode_space"]:
        assert name not in module.functions, name
    # repr() is reachable from print (py_str falls back to py_repr): its printable table is
    # the compact run-length form, expanded on first use.
    assert "NONPRINTABLE_RUNS" in module.tables or "is_printable" not in module.functions
    kind, values = module.tables["NONPRINTABLE_RUNS"]
    assert len(values) < 2000
