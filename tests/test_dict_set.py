"""dict, set, frozenset and hash() in the runtime (wasm_runtime/dict*.py, set*.py, hash.py),
against CPython.

Each test is a list of operations on 16 registers, run twice: by a small interpreter written
in the dialect (one compiled program per test: the operations are a data table) and by
CPython on real dicts and sets. The two outputs must be the same text: reprs (so iteration
orders), hashes, lengths and exception messages.
"""

from __future__ import annotations

import random
import struct
from dataclasses import dataclass, field
from typing import Any, Callable

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from conftest import run_dialect

SMALL_MIN, SMALL_MAX = -(1 << 47), (1 << 47) - 1
STOP = "<stop>"
REGISTERS = 16
WORDS = 6  # an operation: opcode, d, a, b, c, e

# Opcodes of the interpreter.
NEW, CONST, INT, ADDI, DISCARDI, SETI, DELI, SHOW, HASH, CALL, ADDRANGE, DISCARDRANGE = range(12)
KINDS = {"set": 0, "frozenset": 1, "dict": 2}


def _ior(a: Any, b: Any) -> Any:
    a |= b
    return a


def _iand(a: Any, b: Any) -> Any:
    a &= b
    return a


def _isub(a: Any, b: Any) -> Any:
    a -= b
    return a


def _ixor(a: Any, b: Any) -> Any:
    a ^= b
    return a


def _discard(a: Any, b: Any) -> int:
    found = b in a
    a.discard(b)
    return int(found)


def _status(f: Callable[[], Any]) -> int:
    f()
    return 0


def _setitem(a: Any, b: Any, c: Any) -> int:
    a[b] = c
    return 0


def _delitem(a: Any, b: Any) -> int:
    del a[b]
    return 0


# name -> (dialect statements computing `result` from a, b, c; CPython's equivalent)
FUNCS: dict[str, tuple[str, Callable[..., Any]]] = {
    "set_union": ("return set_union(a, b)", lambda a, b, c: a | b),
    "set_intersection": ("return set_intersection(a, b)", lambda a, b, c: a & b),
    "set_difference": ("return set_difference(a, b)", lambda a, b, c: a - b),
    "set_symmetric_difference": ("return set_symmetric_difference(a, b)", lambda a, b, c: a ^ b),
    "set_union_with": ("return set_union_with(a, b)", lambda a, b, c: a.union(b)),
    "set_intersection_with": ("return set_intersection_with(a, b)", lambda a, b, c: a.intersection(b)),
    "set_difference_with": ("return set_difference_with(a, b)", lambda a, b, c: a.difference(b)),
    "set_symmetric_difference_with": ("return set_symmetric_difference_with(a, b)",
                                      lambda a, b, c: a.symmetric_difference(b)),
    "set_update": ("return status(set_update(a, b))", lambda a, b, c: _status(lambda: a.update(b))),
    "set_intersection_update": ("return status(set_intersection_update(a, b))",
                                lambda a, b, c: _status(lambda: a.intersection_update(b))),
    "set_difference_update": ("return status(set_difference_update(a, b))",
                              lambda a, b, c: _status(lambda: a.difference_update(b))),
    "set_symmetric_difference_update": ("return status(set_symmetric_difference_update(a, b))",
                                        lambda a, b, c: _status(lambda: a.symmetric_difference_update(b))),
    "set_inplace_union": ("return set_inplace_union(a, b)", lambda a, b, c: _ior(a, b)),
    "set_inplace_intersection": ("return set_inplace_intersection(a, b)", lambda a, b, c: _iand(a, b)),
    "set_inplace_difference": ("return set_inplace_difference(a, b)", lambda a, b, c: _isub(a, b)),
    "set_inplace_symmetric_difference": ("return set_inplace_symmetric_difference(a, b)",
                                         lambda a, b, c: _ixor(a, b)),
    "set_issubset": ("return set_issubset(a, b)", lambda a, b, c: a.issubset(b)),
    "set_issuperset": ("return set_issuperset(a, b)", lambda a, b, c: a.issuperset(b)),
    "set_isdisjoint": ("return set_isdisjoint(a, b)", lambda a, b, c: a.isdisjoint(b)),
    "set_le": ("return set_le(a, b)", lambda a, b, c: a <= b),
    "set_lt": ("return set_lt(a, b)", lambda a, b, c: a < b),
    "set_ge": ("return set_ge(a, b)", lambda a, b, c: a >= b),
    "set_gt": ("return set_gt(a, b)", lambda a, b, c: a > b),
    "set_add": ("return status(set_add(a, b))", lambda a, b, c: _status(lambda: a.add(b))),
    "set_contains": ("return status(set_contains(a, b))", lambda a, b, c: int(b in a)),
    "set_discard": ("return status(set_discard(a, b))", lambda a, b, c: _discard(a, b)),
    "set_remove": ("return status(set_remove(a, b))", lambda a, b, c: _status(lambda: a.remove(b))),
    "set_pop": ("return set_pop(a)", lambda a, b, c: a.pop()),
    "set_clear": ("set_clear(a)\n    return NONE_VALUE", lambda a, b, c: a.clear()),
    "set_copy": ("return set_copy(a)", lambda a, b, c: a.copy()),
    "set_from": ("return set_new_from(TYPE_SET, a)", lambda a, b, c: set(a)),
    "frozenset_from": ("return set_new_from(TYPE_FROZENSET, a)", lambda a, b, c: frozenset(a)),
    "is": ("return box_bool(a == b)", lambda a, b, c: a is b),
    "equal": ("return status(py_equal(a, b))", lambda a, b, c: int(a == b)),
    "view_equal": ("return status(view_equal(a, b))", lambda a, b, c: int(a == b)),
    "len": ("return box_int(py_len(a))", lambda a, b, c: len(a)),
    "contains": ("return status(py_contains(a, b))", lambda a, b, c: int(b in a)),
    "iter": ("return py_iter(a)", lambda a, b, c: iter(a)),
    "next": ("return next_or_stop(a)", lambda a, b, c: next(a, STOP)),
    "list": ("return list_of(a)", lambda a, b, c: list(a)),
    "tuple2": ("return tuple_pack2(a, b)", lambda a, b, c: (a, b)),
    "tuple3": ("return tuple3(a, b, c)", lambda a, b, c: (a, b, c)),
    "dict_getitem": ("return dict_getitem(a, b)", lambda a, b, c: a[b]),
    "dict_get": ("return dict_get(a, b, MISSING_VALUE)", lambda a, b, c: a.get(b)),
    "dict_get3": ("return dict_get(a, b, c)", lambda a, b, c: a.get(b, c)),
    "dict_setitem": ("return status(dict_setitem(a, b, c))", _setitem),
    "dict_delitem": ("return status(dict_delitem(a, b))", lambda a, b, c: _delitem(a, b)),
    "dict_contains": ("return status(dict_contains(a, b))", lambda a, b, c: int(b in a)),
    "dict_pop": ("return dict_pop(a, b, MISSING_VALUE)", lambda a, b, c: a.pop(b)),
    "dict_pop3": ("return dict_pop(a, b, c)", lambda a, b, c: a.pop(b, c)),
    "dict_popitem": ("return dict_popitem(a)", lambda a, b, c: a.popitem()),
    "dict_setdefault": ("return dict_setdefault(a, b, MISSING_VALUE)", lambda a, b, c: a.setdefault(b)),
    "dict_setdefault3": ("return dict_setdefault(a, b, c)", lambda a, b, c: a.setdefault(b, c)),
    "dict_update": ("return status(dict_update(a, b))", lambda a, b, c: _status(lambda: a.update(b))),
    "dict_copy": ("return dict_copy(a)", lambda a, b, c: a.copy()),
    "dict_clear": ("dict_clear(a)\n    return NONE_VALUE", lambda a, b, c: a.clear()),
    "dict_fromkeys": ("return dict_fromkeys(a, MISSING_VALUE)", lambda a, b, c: dict.fromkeys(a)),
    "dict_fromkeys3": ("return dict_fromkeys(a, b)", lambda a, b, c: dict.fromkeys(a, b)),
    "dict_or": ("return dict_or(a, b)", lambda a, b, c: a | b),
    "dict_inplace_or": ("return dict_inplace_or(a, b)", lambda a, b, c: _ior(a, b)),
    "dict_keys": ("return dict_keys(a)", lambda a, b, c: a.keys()),
    "dict_values": ("return dict_values(a)", lambda a, b, c: a.values()),
    "dict_items": ("return dict_items(a)", lambda a, b, c: a.items()),
    "view_contains": ("return status(view_contains(a, b))", lambda a, b, c: int(b in a)),
    "dict_iter_values": ("return dict_iter(a, ITER_DICT_VALUES)", lambda a, b, c: iter(a.values())),
    "dict_iter_items": ("return dict_iter(a, ITER_DICT_ITEMS)", lambda a, b, c: iter(a.items())),
}

CONST_HELPERS = '''
def frozen(t: obj) -> obj:
    s: obj = set_new_from(TYPE_FROZENSET, t)
    decref(t)
    return s


def setted(t: obj) -> obj:
    s: obj = set_new_from(TYPE_SET, t)
    decref(t)
    return s


def listed(t: obj) -> obj:
    l: obj = list_of(t)
    decref(t)
    return l


def dicted(t: obj) -> obj:
    d: obj = dict_new()
    dict_update(d, t)
    decref(t)
    return d
'''

PRELUDE = '''
REGS = data_zero(REGISTERS * 8)


def reg(i: i64) -> obj:
    return load_i64(REGS + i32(i) * 8)


def put(i: i64, v: obj) -> None:
    if v == ERROR_VALUE:
        return
    old: obj = reg(i)
    store_i64(REGS + i32(i) * 8, v)
    decref(old)


def newline() -> None:
    stdout_write_str("\\n")


def report() -> None:
    """Print a pending exception as `Kind: message`, and clear it."""
    if EXC_CURRENT == 0:
        return
    e: i32 = i32(EXC_CURRENT)
    stdout_write_str(exc_name(load_i32(e, EXC_KIND)))
    stdout_write_str(": ")
    message: obj = exc_str(EXC_CURRENT)
    stdout_write_str(message)
    decref(message)
    newline()
    decref(EXC_CURRENT)
    EXC_CURRENT = 0


def show(v: obj) -> None:
    r: obj = py_repr(v)
    if r == ERROR_VALUE:
        return
    stdout_write_str(r)
    decref(r)
    newline()


def show_hash(v: obj) -> None:
    h: i64 = py_hash(v)
    if h == -1:
        return
    text: obj = int_to_str(h)
    stdout_write_str(text)
    decref(text)
    newline()


def status(r: i32) -> obj:
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return box_int(i64(r))


def next_or_stop(it: obj) -> obj:
    v: obj = py_next(it)
    if v == STOP_VALUE:
        return new_ref("<stop>")
    return v


def list_of(v: obj) -> obj:
    l: obj = list_new(0)
    if list_extend(l, v) != 0:
        decref(l)
        return ERROR_VALUE
    return l


def tuple3(a: obj, b: obj, c: obj) -> obj:
    t: obj = tuple_new(3)
    incref(a)
    incref(b)
    incref(c)
    tuple_set(t, 0, a)
    tuple_set(t, 1, b)
    tuple_set(t, 2, c)
    return t


def new_container(kind: i64) -> obj:
    if kind == 2:
        return dict_new()
    return set_new(TYPE_FROZENSET if kind == 1 else TYPE_SET)


def module_body() -> obj:
    for r in range(0, REGISTERS):
        store_i64(REGS + r * 8, NONE_VALUE)
    i: i32 = 0
    while i < OP_COUNT:
        op: i32 = OPS + i * OP_SIZE
        code: i64 = load_i64(op)
        d: i64 = load_i64(op, 8)
        a: i64 = load_i64(op, 16)
        b: i64 = load_i64(op, 24)
        c: i64 = load_i64(op, 32)
        if code == 0:
            put(d, new_container(a))
        elif code == 1:
            put(d, make_const(i32(a)))
        elif code == 2:
            put(d, box_int(a))
        elif code == 3:
            set_add(reg(d), box_int(a))
        elif code == 4:
            set_discard(reg(d), box_int(a))
        elif code == 5:
            dict_setitem(reg(d), box_int(a), box_int(b))
        elif code == 6:
            dict_delitem(reg(d), box_int(a))
        elif code == 7:
            show(reg(d))
        elif code == 8:
            show_hash(reg(d))
        elif code == 9:
            put(d, call_fn(i32(a), reg(b), reg(c), reg(load_i64(op, 40))))
        elif code == 10:
            v: i64 = a
            while (c > 0 and v < b) or (c < 0 and v > b):
                set_add(reg(d), box_int(v))
                v += c
        elif code == 11:
            w: i64 = a
            while (c > 0 and w < b) or (c < 0 and w > b):
                set_discard(reg(d), box_int(w))
                w += c
        report()
        i += 1
    for r in range(0, REGISTERS):
        decref(reg(i64(r)))
    return NONE_VALUE
'''


def dialect_const(v: Any) -> str:
    """A dialect expression giving a new reference to constant v."""
    if v is None:
        return "NONE_VALUE"
    if isinstance(v, bool):
        return "TRUE_VALUE" if v else "FALSE_VALUE"
    if isinstance(v, int):
        assert SMALL_MIN <= v <= SMALL_MAX
        return f"box_int({v})"
    if isinstance(v, float):
        bits = struct.unpack("<q", struct.pack("<d", v))[0]
        return f"box_float(f64_of_bits({bits}))"
    if isinstance(v, str):
        return f"new_ref({v!r})"
    if isinstance(v, tuple):
        items = ", ".join(dialect_const(x) for x in v)
        return f"tuple_of{len(v)}({items})" if v else "tuple_new(0)"
    if isinstance(v, frozenset):
        return f"frozen({dialect_const(tuple(v))})"
    if isinstance(v, list):
        return f"listed({dialect_const(tuple(v))})"
    if isinstance(v, set):
        return f"setted({dialect_const(tuple(v))})"
    if isinstance(v, dict):
        return f"dicted({dialect_const(tuple(v.items()))})"
    raise TypeError(v)


@dataclass
class Program:
    """Operations on registers, run by the dialect interpreter and by CPython."""
    ops: list[tuple[int, ...]] = field(default_factory=list)
    consts: list[Any] = field(default_factory=list)
    funcs: list[str] = field(default_factory=list)

    def op(self, *words: int) -> "Program":
        self.ops.append(tuple(words) + (0,) * (WORDS - len(words)))
        return self

    def new(self, d: int, kind: str) -> "Program":
        return self.op(NEW, d, KINDS[kind])

    def const(self, d: int, v: Any) -> "Program":
        self.consts.append(v)
        return self.op(CONST, d, len(self.consts) - 1)

    def integer(self, d: int, v: int) -> "Program":
        return self.op(INT, d, v)

    def add(self, d: int, v: int) -> "Program":
        return self.op(ADDI, d, v)

    def discard(self, d: int, v: int) -> "Program":
        return self.op(DISCARDI, d, v)

    def setitem(self, d: int, k: int, v: int) -> "Program":
        return self.op(SETI, d, k, v)

    def delitem(self, d: int, k: int) -> "Program":
        return self.op(DELI, d, k)

    def show(self, *regs: int) -> "Program":
        for r in regs:
            self.op(SHOW, r)
        return self

    def hash(self, d: int) -> "Program":
        return self.op(HASH, d)

    def add_range(self, d: int, start: int, stop: int, step: int = 1) -> "Program":
        return self.op(ADDRANGE, d, start, stop, step)

    def discard_range(self, d: int, start: int, stop: int, step: int = 1) -> "Program":
        return self.op(DISCARDRANGE, d, start, stop, step)

    def call(self, d: int, name: str, a: int = 0, b: int = 0, c: int = 0) -> "Program":
        if name not in self.funcs:
            self.funcs.append(name)
        return self.op(CALL, d, self.funcs.index(name), a, b, c)

    def show_call(self, d: int, name: str, a: int = 0, b: int = 0, c: int = 0) -> "Program":
        return self.call(d, name, a, b, c).show(d)

    # The two runs.

    def source(self) -> str:
        words = [w for op in self.ops for w in op]
        lines = [f"REGISTERS = {REGISTERS}", f"OP_SIZE = {WORDS * 8}", f"OP_COUNT = {len(self.ops)}",
                 f"OPS = data_i64({words!r})", ""]
        lines.append("def make_const(k: i32) -> obj:")
        for i, v in enumerate(self.consts):
            lines += [f"    if k == {i}:", f"        return {dialect_const(v)}"]
        lines += ["    return NONE_VALUE", ""]
        sizes = {len(v) for v in self._tuples(self.consts)}
        for n in sorted(sizes - {0}):
            params = ", ".join(f"x{i}: obj" for i in range(n))
            lines += [f"def tuple_of{n}({params}) -> obj:", f"    t: obj = tuple_new({n})"]
            lines += [f"    tuple_set(t, {i}, x{i})" for i in range(n)]
            lines += ["    return t", ""]
        lines.append(CONST_HELPERS)
        lines.append("def call_fn(fn: i32, a: obj, b: obj, c: obj) -> obj:")
        for i, name in enumerate(self.funcs):
            lines += [f"    if fn == {i}:", f"        {FUNCS[name][0]}"]
        lines += ["    return NONE_VALUE", ""]
        return "\n".join(lines) + PRELUDE

    @staticmethod
    def _tuples(values: list[Any]) -> list[tuple[Any, ...]]:
        found: list[tuple[Any, ...]] = []
        for v in values:
            if isinstance(v, (tuple, frozenset, list, set, dict)):
                t = tuple(v.items()) if isinstance(v, dict) else tuple(v)
                found.append(t)
                found += Program._tuples(list(t))
        return found

    def expected(self) -> str:
        regs: list[Any] = [None] * REGISTERS
        out: list[str] = []
        for code, d, a, b, c, e in self.ops:
            try:
                if code == NEW:
                    regs[d] = [set, frozenset, dict][a]()
                elif code == CONST:
                    regs[d] = self.consts[a]
                elif code == INT:
                    regs[d] = a
                elif code == ADDI:
                    regs[d].add(a)
                elif code == DISCARDI:
                    regs[d].discard(a)
                elif code == SETI:
                    regs[d][a] = b
                elif code == DELI:
                    del regs[d][a]
                elif code == SHOW:
                    out.append(repr(regs[d]))
                elif code == HASH:
                    out.append(str(hash(regs[d])))
                elif code == CALL:
                    regs[d] = FUNCS[self.funcs[a]][1](regs[b], regs[c], regs[e])
                elif code == ADDRANGE:
                    for v in range(a, b, c):
                        regs[d].add(v)
                elif code == DISCARDRANGE:
                    for v in range(a, b, c):
                        regs[d].discard(v)
            except Exception as ex:  # noqa: BLE001 - every exception is part of the output
                out.append(f"{type(ex).__name__}: {ex}")
        return "".join(line + "\n" for line in out)

    def check(self) -> None:
        outcome = run_dialect(self.source())
        assert outcome.last_stderr_line == "" and outcome.exit_code == 0, outcome
        expected = self.expected()
        if outcome.stdout != expected:
            got, want = outcome.stdout.splitlines(), expected.splitlines()
            for i, (g, w) in enumerate(zip(got, want)):
                if g != w:
                    at = next((j for j, (x, y) in enumerate(zip(g, w)) if x != y), min(len(g), len(w)))
                    start = max(0, at - 60)
                    raise AssertionError(f"line {i + 1}, column {at + 1}:\n  molt    ...{g[start:at + 60]!r}\n"
                                         f"  cpython ...{w[start:at + 60]!r}")
            assert len(got) == len(want), f"molt printed {len(got)} lines, CPython {len(want)}"


# Hypothesis: ints that make sets interesting.
ints = st.one_of(
    st.integers(-20, 60),
    st.integers(-64, 64).map(lambda k: k * 8),       # collide modulo small tables
    st.integers(-40, 40).map(lambda k: k * 1024),    # collide modulo large tables
    st.integers(SMALL_MIN, SMALL_MAX),
    st.sampled_from([-1, -2, SMALL_MIN, SMALL_MAX, 2**32, -(2**32), 2**46]),
)
set_step = st.one_of(
    st.tuples(st.just("add"), ints), st.tuples(st.just("add"), ints), st.tuples(st.just("add"), ints),
    st.tuples(st.just("discard"), ints), st.tuples(st.just("show"), st.just(0)),
    st.tuples(st.just("pop"), st.just(0)),
)
scenario = st.lists(set_step, min_size=1, max_size=120)
FAST = settings(max_examples=3, deadline=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def play(p: Program, r: int, steps: list[tuple[str, int]]) -> None:
    """A set built by `steps` in register r, with register 15 for pops."""
    p.new(r, "set")
    for step, v in steps:
        if step == "add":
            p.add(r, v)
        elif step == "discard":
            p.discard(r, v)
        elif step == "show":
            p.show(r)
        else:
            p.show_call(15, "set_pop", r)
    p.show(r)


@FAST
@given(st.lists(scenario, min_size=8, max_size=16))
def test_set_order_matches_cpython(scenarios: list[list[tuple[str, int]]]) -> None:
    p = Program()
    for steps in scenarios:
        play(p, 0, steps)
        p.show_call(1, "set_copy", 0).show_call(2, "frozenset_from", 0).hash(2)
        p.show_call(3, "list", 0).show_call(4, "set_from", 3)
    p.check()


@FAST
@given(st.lists(st.tuples(scenario, scenario), min_size=4, max_size=8))
def test_set_algebra_matches_cpython(pairs: list[tuple[list[tuple[str, int]], list[tuple[str, int]]]]) -> None:
    p = Program()
    for left, right in pairs:
        play(p, 0, left)
        play(p, 1, right)
        p.call(2, "frozenset_from", 0).call(3, "list", 1)
        for name in ("set_union", "set_intersection", "set_difference", "set_symmetric_difference"):
            p.show_call(4, name, 0, 1).show_call(4, name, 1, 0).show_call(4, name, 2, 1)
        for name in ("set_union_with", "set_intersection_with", "set_difference_with",
                     "set_symmetric_difference_with"):
            p.show_call(4, name, 0, 3).show_call(4, name, 2, 3)
        for name in ("set_le", "set_lt", "set_ge", "set_gt", "set_issubset", "set_issuperset",
                     "set_isdisjoint", "equal"):
            p.show_call(4, name, 0, 1).show_call(4, name, 2, 0)
        for name in ("set_update", "set_intersection_update", "set_difference_update",
                     "set_symmetric_difference_update"):
            p.call(5, "set_copy", 0).call(4, name, 5, 3).show(5)
            p.call(5, "set_copy", 1).call(4, name, 5, 0).show(5)
    p.check()


def test_set_growth_removal_and_pop() -> None:
    p = Program()
    p.new(0, "set").add_range(0, 0, 20000, 7).call(1, "len", 0).show(1)
    p.discard_range(0, 0, 20000, 21).call(1, "list", 0).show(1)          # dummies everywhere
    p.add_range(0, -5000, 5000, 13).call(1, "list", 0).show(1)           # reuses dummies, grows
    p.call(2, "set_copy", 0).call(1, "list", 2).show(1)                  # copy drops dummies
    for _ in range(30):
        p.show_call(3, "set_pop", 0)
    p.add_range(0, 1 << 40, (1 << 40) + 4096, 64).call(1, "list", 0).show(1)
    p.discard_range(0, -10000, 30000).show(0).show_call(3, "set_pop", 0)
    p.new(5, "set").add_range(5, 0, 100).discard_range(5, 0, 100, 2).show(5)
    for i in range(0, 100, 8):  # one linear probe run after another
        p.add(5, i * 1024).discard(5, i * 1024 + 1)
    p.show(5).call(6, "set_difference_update", 5, 5).show(5)
    # a big difference_update that leaves mostly dummies rebuilds the table
    p.new(7, "set").add_range(7, 0, 1000).new(8, "set").add_range(8, 0, 990, 3)
    p.call(9, "set_difference_update", 7, 8).show(7).add(7, 1001).show(7)
    p.check()


def test_set_mixed_keys_repr_and_errors() -> None:
    p = Program()
    p.new(0, "set").const(1, 0.0).call(2, "set_add", 0, 1).const(1, 0).call(2, "set_add", 0, 1)
    p.const(1, -0.0).call(2, "set_add", 0, 1).show(0)                      # {0.0}
    p.const(1, True).call(2, "set_add", 0, 1).const(1, 1.0).call(2, "set_add", 0, 1)
    p.const(1, 1).call(2, "set_add", 0, 1).show(0)                         # {0.0, True}
    for v in (None, 2.5, -1, -2, -1.0, (1, 2), (1, (2.0, 3)), frozenset({1, 2}), float("inf"),
              (), "x", 1e300, 5e-324):
        p.const(1, v).call(2, "set_add", 0, 1)
    p.const(1, [1]).call(2, "set_add", 0, 1)                               # unhashable list
    p.call(3, "len", 0).show(3)
    p.const(1, (1, 2.0)).show_call(2, "set_contains", 0, 1)
    p.const(1, (1, [2])).show_call(2, "set_contains", 0, 1)                # unhashable in a tuple
    p.const(1, 999).show_call(2, "set_remove", 0, 1).const(1, (9, "k")).show_call(2, "set_remove", 0, 1)
    p.show_call(2, "set_discard", 0, 1)
    p.new(4, "set").show(4).show_call(2, "set_pop", 4).call(5, "frozenset_from", 4).show(5).hash(5)
    p.add(4, 3).show_call(2, "set_pop", 4).show(4)
    # set keys in `in`, remove and discard are looked up as frozensets
    p.new(6, "set").const(1, frozenset({1, 2})).call(2, "set_add", 6, 1)
    p.new(7, "set").add(7, 2).add(7, 1).show_call(2, "set_contains", 6, 7).show_call(2, "set_add", 6, 7)
    p.show_call(2, "set_discard", 6, 7).show(6).show_call(2, "set_remove", 6, 7)
    # operators want sets; the error names both types
    p.const(8, [1, 2])
    for name in ("set_union", "set_intersection", "set_difference", "set_symmetric_difference",
                 "set_le", "set_lt", "set_ge", "set_gt", "set_inplace_union", "set_inplace_intersection",
                 "set_inplace_difference", "set_inplace_symmetric_difference"):
        p.show_call(2, name, 7, 8).show_call(2, name, 8, 7)
    p.call(9, "frozenset_from", 7)
    for name in ("set_inplace_union", "set_inplace_intersection", "set_inplace_difference",
                 "set_inplace_symmetric_difference"):
        p.call(10, "set_copy", 9).show_call(11, name, 10, 6).show_call(2, "is", 10, 11)
        p.call(10, "set_copy", 7).show_call(11, name, 10, 6).show_call(2, "is", 10, 11)
    # frozenset copies are the frozenset; set() of a frozenset is a set
    p.show_call(2, "set_copy", 9).show_call(3, "is", 2, 9).show_call(3, "frozenset_from", 9)
    p.show_call(2, "is", 3, 9).show_call(3, "set_from", 9)
    p.const(1, 3).show_call(2, "set_add", 7, 1).call(2, "set_from", 1)       # set(3): not iterable
    p.check()


def test_set_iteration_and_mutation() -> None:
    p = Program()
    p.new(0, "set").add_range(0, 0, 5).call(1, "iter", 0).show_call(2, "next", 1)
    p.add(0, 10).show_call(2, "next", 1).show_call(2, "next", 1)               # changed size
    p.call(1, "iter", 0)
    for _ in range(7):
        p.show_call(2, "next", 1)
    p.add(0, 99).show_call(2, "next", 1)                                    # exhausted stays so
    p.call(1, "iter", 0).show_call(2, "next", 1).discard(0, 99).add(0, 98).show_call(2, "next", 1)
    p.check()


def test_frozenset_and_tuple_hashes() -> None:
    values: list[Any] = [
        (), (0,), (1, 2), (-1,), (-2,), (1, (2, (3, ()))), (True, False, None is None),
        (0.0, -0.0, 0.5, 1.5, -2.75, 1e300, -1e-300, 5e-324, 2.0**52 + 1, 2.0**61, 2.0**63, 1.0 / 3),
        (float("inf"), float("-inf")), (2**47 - 1, -(2**47), 2**46 + 12345),
        frozenset(), frozenset({0}), frozenset({-1, -2}), frozenset(range(100)), frozenset(range(-50, 50, 3)),
        frozenset({frozenset({1}), frozenset({2, 3}), (4, 5)}), (frozenset({1, 2}), frozenset()),
        frozenset({1.5, 2.5, (1, 2)}), 12345, -1, -2, 2**47 - 1, -(2**47), True, False,
        1.0, -1.0, 1e-310, 3.141592653589793, -0.0, float("-inf"), 2.0**100, -(2.0**-200),
    ]
    p = Program()
    for v in values:
        p.const(0, v).hash(0)
    # a frozenset's hash does not depend on its table: built with dummies, or copied
    p.new(1, "set").add_range(1, 0, 300).discard_range(1, 0, 300, 2).call(2, "frozenset_from", 1).hash(2)
    p.call(3, "list", 1).call(3, "frozenset_from", 3).hash(3).show_call(4, "equal", 2, 3)
    p.new(5, "set").add_range(5, 1, 300, 2).call(6, "frozenset_from", 5).hash(6).show_call(4, "equal", 6, 2)
    for v in ([1], {1: 2}, {1}, ((1, [2]),)):
        p.const(0, v).hash(0)
    p.new(0, "set").hash(0).new(0, "dict").hash(0).call(1, "dict_keys", 0).hash(1)
    p.call(1, "dict_items", 0).hash(1)
    p.check()


def test_dict_order_and_methods() -> None:
    p = Program()
    p.new(0, "dict")
    for k in range(20):
        p.setitem(0, k * 7 % 20, k)
    p.show(0)
    for k in range(0, 20, 3):
        p.delitem(0, k)
    p.show(0).setitem(0, 3, 333).setitem(0, 1, 111).show(0)
    p.delitem(0, 3).delitem(0, 1000)
    for k in range(100, 160):   # grows with dead entries inside
        p.setitem(0, k, -k)
    p.show(0).call(1, "len", 0).show(1)
    p.show_call(1, "dict_popitem", 0).show_call(1, "dict_popitem", 0).setitem(0, 7, 7).show(0)
    p.const(1, 105).show_call(2, "dict_pop", 0, 1).show_call(2, "dict_pop", 0, 1)
    p.const(3, "default").show_call(2, "dict_pop3", 0, 1, 3)
    p.const(1, 106).show_call(2, "dict_setdefault", 0, 1).const(1, 5000).show_call(2, "dict_setdefault", 0, 1)
    p.const(1, 5001).show_call(2, "dict_setdefault3", 0, 1, 3).show(0)
    p.const(1, 4).show_call(2, "dict_get", 0, 1).const(1, -4).show_call(2, "dict_get", 0, 1)
    p.show_call(2, "dict_get3", 0, 1, 3).show_call(2, "dict_getitem", 0, 1)
    p.const(1, (1, "a")).show_call(2, "dict_getitem", 0, 1)
    p.const(1, [1]).show_call(2, "dict_getitem", 0, 1).show_call(2, "dict_pop", 0, 1)
    p.show_call(4, "dict_copy", 0).show_call(2, "equal", 4, 0).setitem(4, 7, 8).show_call(2, "equal", 4, 0)
    p.show_call(2, "dict_clear", 4).show(4).show_call(2, "dict_popitem", 4)
    p.show_call(2, "dict_pop", 4, 1)                                          # empty: no hash, KeyError
    p.show_call(2, "dict_pop3", 4, 1, 3).setitem(4, 1, 2).show(4)
    p.check()


def test_dict_repr_keys_and_values() -> None:
    p = Program()
    p.new(0, "dict")
    for i, (k, v) in enumerate([("a", 1), (2.5, "b'c"), (None, [1, (2,)]), ((1, 2), {3: 4}), (True, 0.1),
                                (frozenset({1}), frozenset()), (-0.0, set()), ("é\n", "\t")]):
        p.const(1, k).const(2, v).call(3, "dict_setitem", 0, 1, 2)
    p.show(0)
    p.call(5, "dict_setitem", 0, 0, 0).show(0)                                 # {..., (): {...}}
    p.const(1, ()).call(3, "dict_setitem", 0, 1, 0).show(0)
    p.call(1, "dict_keys", 0).show(1).call(1, "dict_items", 0).show(1)
    p.new(6, "dict").call(7, "dict_values", 6).const(1, 1).call(3, "dict_setitem", 6, 1, 7).show(6)
    p.new(8, "dict").show(8).call(1, "dict_keys", 8).show(1).call(1, "dict_values", 8).show(1)
    p.call(1, "dict_items", 8).show(1)
    p.new(9, "dict").const(1, 1).call(3, "dict_setitem", 9, 1, 1).const(1, 1.0).const(2, "one")
    p.call(3, "dict_setitem", 9, 1, 2).const(1, True).show_call(2, "dict_getitem", 9, 1).show(9)
    # break the cycles so the registers free everything
    p.call(3, "dict_clear", 0).call(3, "dict_clear", 6)
    p.check()


def test_dict_views_iteration_and_errors() -> None:
    p = Program()
    p.new(0, "dict")
    for k in (5, 3, 9, 1):
        p.setitem(0, k, k * k)
    p.call(1, "dict_keys", 0).call(2, "dict_values", 0).call(3, "dict_items", 0)
    p.show_call(4, "len", 1).show_call(4, "len", 3).show_call(4, "list", 2).show_call(4, "list", 3)
    p.const(5, 9).show_call(4, "view_contains", 1, 5).show_call(4, "view_contains", 2, 5)
    p.const(5, 81).show_call(4, "view_contains", 2, 5)
    p.const(5, (9, 81)).show_call(4, "view_contains", 3, 5).const(5, (9, 80)).show_call(4, "view_contains", 3, 5)
    p.const(5, (9,)).show_call(4, "view_contains", 3, 5).const(5, ([9], 81)).show_call(4, "view_contains", 3, 5)
    p.const(5, frozenset({1, 3, 5, 9})).show_call(4, "view_equal", 1, 5).const(5, frozenset({1, 3, 5}))
    p.show_call(4, "view_equal", 1, 5).const(5, frozenset({(1, 1), (3, 9), (5, 25), (9, 81)}))
    p.show_call(4, "view_equal", 3, 5).show_call(4, "view_equal", 2, 2).show_call(4, "view_equal", 1, 3)
    p.call(6, "dict_copy", 0).call(7, "dict_keys", 6).show_call(4, "view_equal", 1, 7)
    p.call(7, "dict_values", 6).show_call(4, "view_equal", 2, 7)
    p.setitem(0, 2, 4).show(1, 2, 3)                                         # views are live
    # iteration: keys, values, items; a change of size stops it for good
    p.call(8, "iter", 0).show_call(9, "next", 8).show_call(9, "next", 8).setitem(0, 100, 0)
    p.show_call(9, "next", 8).show_call(9, "next", 8).delitem(0, 100).show_call(9, "next", 8)
    p.call(8, "dict_iter_items", 0).show_call(9, "next", 8).setitem(0, 5, -5).show_call(9, "next", 8)
    p.call(8, "dict_iter_values", 0)
    for _ in range(7):
        p.show_call(9, "next", 8)
    p.setitem(0, 77, 77).show_call(9, "next", 8)
    # same size, other keys: CPython notices when it runs past the expected count
    p.call(8, "iter", 1).show_call(9, "next", 8).delitem(0, 5).setitem(0, 55, 1)
    for _ in range(6):
        p.show_call(9, "next", 8)
    p.check()


def test_dict_update_fromkeys_or() -> None:
    p = Program()
    p.new(0, "dict").setitem(0, 1, 1).setitem(0, 2, 2).new(1, "dict").setitem(1, 2, 20).setitem(1, 3, 30)
    p.show_call(2, "dict_or", 0, 1).show_call(2, "dict_or", 1, 0).show(0)
    p.const(3, [(4, 40), [5, 50], (1, "one")]).show_call(2, "dict_update", 0, 3).show(0)
    p.const(3, [(6, 60), (7,)]).show_call(2, "dict_update", 0, 3).show(0)
    p.const(3, [(8, 80), 9]).show_call(2, "dict_update", 0, 3).show(0)
    p.const(3, [(8, 80), (1, 2, 3)]).show_call(2, "dict_update", 0, 3)
    p.const(3, [frozenset({11, 12}), (1, 2)]).show_call(2, "dict_update", 0, 3).show(0)
    p.const(3, [([1], 2)]).show_call(2, "dict_update", 0, 3)
    p.const(3, 5).show_call(2, "dict_update", 0, 3)
    p.call(4, "dict_items", 1).show_call(2, "dict_update", 0, 4).show(0)
    p.show_call(2, "dict_update", 0, 0).show(0)
    p.const(3, [(10, 1)]).show_call(2, "dict_or", 0, 3).show_call(2, "dict_or", 3, 0)
    p.call(5, "dict_copy", 0).show_call(2, "dict_inplace_or", 5, 3).show_call(6, "is", 2, 5)
    p.show_call(2, "dict_inplace_or", 5, 1)
    p.const(3, (3, 1, 2, 1, 3)).show_call(2, "dict_fromkeys", 3).const(4, "v").show_call(2, "dict_fromkeys3", 3, 4)
    p.new(6, "set").add_range(6, 0, 50, 7).show_call(2, "dict_fromkeys", 6).show_call(2, "dict_fromkeys", 0)
    p.const(3, [[1]]).show_call(2, "dict_fromkeys", 3).const(3, 7).show_call(2, "dict_fromkeys", 3)
    # sets from dicts use the dict's hashes and order
    p.show_call(7, "set_from", 0).show_call(7, "set_union_with", 6, 0).show_call(7, "set_difference_with", 6, 0)
    p.call(8, "set_copy", 6).show_call(7, "set_symmetric_difference_update", 8, 0).show(8)
    p.check()


def test_dict_equality() -> None:
    p = Program()
    p.new(0, "dict").new(1, "dict").show_call(2, "equal", 0, 1)
    for k in range(10):
        p.setitem(0, k, k)
        p.setitem(1, 9 - k, 9 - k)
    p.show_call(2, "equal", 0, 1).setitem(1, 3, 4).show_call(2, "equal", 0, 1).setitem(1, 3, 3)
    p.delitem(1, 0).show_call(2, "equal", 0, 1).const(3, 0).const(4, 0.0).call(2, "dict_setitem", 1, 3, 4)
    p.show_call(2, "equal", 0, 1).const(3, [1, 2]).call(2, "dict_setitem", 1, 3, 3)
    p.call(2, "dict_setitem", 0, 3, 3).show_call(2, "equal", 0, 1)
    p.check()


def test_tables_are_freed() -> None:
    """Dicts, sets and their tables go back to the allocator: a loop that builds and drops
    them ends with the heap where its first rounds left it."""
    source = '''
def churn() -> None:
    d: obj = dict_new()
    s: obj = set_new(TYPE_SET)
    for i in range(0, 300):
        k: obj = tuple_pack2(box_int(i64(i)), box_float(f64(i)))
        dict_setitem(d, k, k)
        set_add(s, k)
        decref(k)
    f: obj = set_new_from(TYPE_FROZENSET, d)
    u: obj = set_union(s, f)
    v: obj = dict_items(d)
    it: obj = py_iter(v)
    x: obj = py_next(it)
    decref(x)
    decref(it)
    decref(v)
    decref(u)
    decref(f)
    for i in range(0, 300, 2):
        k2: obj = tuple_pack2(box_int(i64(i)), box_float(f64(i)))
        set_discard(s, k2)
        decref(k2)
    decref(s)
    decref(d)


def module_body() -> obj:
    for i in range(0, 5):
        churn()
    top: i32 = HEAP_TOP
    for i in range(0, 200):
        churn()
    print_obj(box_int(i64(HEAP_TOP - top)))
    return NONE_VALUE
'''
    assert run_dialect(source).stdout == "0"


def test_set_display_recipe() -> None:
    """CPython 3.11 compiles a display of 3 or more constants, {c1, c2, c3}, as BUILD_SET 0
    then SET_UPDATE of a constant frozenset, which its constant merging builds twice:
    frozenset(tuple(frozenset((c1, c2, c3)))). The display's order is that of set() of that
    frozenset, most often not that of adding the items one by one. The recipe, checked."""
    rng = random.Random(7)
    p = Program()
    for _ in range(40):
        items = list(dict.fromkeys(k * rng.choice([1, 8, 64]) for k in rng.sample(range(-40, 40), rng.randint(3, 14))))
        display = eval("{" + ", ".join(map(str, items)) + "}")  # noqa: S307 - ints only
        assert list(set(frozenset(tuple(frozenset(tuple(items)))))) == list(display)
        p.const(0, tuple(items)).call(1, "frozenset_from", 0).call(1, "list", 1).call(1, "frozenset_from", 1)
        p.show_call(2, "set_from", 1)
        p.new(3, "set")
        for v in items:
            p.add(3, v)
        p.show(3)  # one by one: the order of s.add(), for comparison
    p.check()
