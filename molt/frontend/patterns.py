"""The match statement (PEP 634), with CPython 3.11's order of tests and its errors.

The subject is evaluated once. Each case's pattern becomes a chain of tests, every one
branching to the next case when it fails; what a test needs beyond one primitive is in
wasm_runtime/patterns.py (CPython's MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS).
The names a pattern captures are held in temporaries and stored only once the whole
pattern has matched, as CPython does, and before the guard, which may read them (so a
failed guard leaves them bound). Irrefutable cases before the last, names bound twice and
or-patterns binding different names are SyntaxErrors that CPython's compile() reports
before the frontend runs.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any, Callable

from molt.frontend.containers import build_tuple
from molt.frontend.context import BUILTIN_TYPES, EXCEPTION_TYPES, FunctionLowering
from molt.frontend.expressions import compare, lower_expression, truth
from molt.frontend.statements import lower_statements, store_name
from molt.ir.ops import Assign, BasicBlock, Binary, Const, Register, Value
from molt.ir.types import BOOL, I32, INT, OBJECT

TYPE_DICT = BUILTIN_TYPES["dict"]


@dataclass
class Attempt:
    """The pattern of one case being tested: where a failed test goes, and the names it
    captures so far, each with the temporary that holds its value and the pattern that
    binds it (the alternatives of an or-pattern share them)."""

    fail: BasicBlock
    captures: dict[str, tuple[Register, ast.pattern]]


def lower_match(ctx: FunctionLowering, node: ast.Match) -> None:
    b = ctx.builder
    value = lower_expression(ctx, node.subject)
    ctx.set_line(node)
    # A copy: a case's captures may rebind the variable matched, and the next case must
    # still see the subject.
    subject = ctx.new_temp(OBJECT)
    b.emit(Assign(subject, value))
    after = b.new_block()
    for case in node.cases:
        lower_case(ctx, case, subject, after)
    b.goto(after)
    b.activate(after)


def lower_case(ctx: FunctionLowering, case: ast.match_case, subject: Register, after: BasicBlock) -> None:
    b = ctx.builder
    attempt = Attempt(b.new_block(), {})
    lower_pattern(ctx, case.pattern, subject, attempt)
    for name, (register, pattern) in attempt.captures.items():
        store_name(ctx, ast.copy_location(ast.Name(name, ast.Store()), pattern), register)
    if case.guard is not None:
        if b.handler is not None:
            # Inside a try, the handler edge leaves from a block's entry: a guard that
            # raises must find the captured names bound.
            ctx.continue_in_new_block()
        body = b.new_block()
        ctx.set_line(case.guard)
        b.branch(truth(ctx, lower_expression(ctx, case.guard)), body, attempt.fail)
        b.activate(body)
    lower_statements(ctx, case.body)
    b.goto(after)
    b.activate(attempt.fail)


def lower_pattern(ctx: FunctionLowering, pattern: ast.pattern, subject: Value, attempt: Attempt) -> None:
    """Branch to attempt.fail unless subject matches pattern, then go on in a new block."""
    ctx.set_line(pattern)
    PATTERNS[type(pattern)](ctx, pattern, subject, attempt)


def fail_unless(ctx: FunctionLowering, cond: Value, attempt: Attempt) -> None:
    b = ctx.builder
    ok = b.new_block()
    b.branch(cond, ok, attempt.fail)
    b.activate(ok)


def capture(ctx: FunctionLowering, name: str, value: Value, pattern: ast.pattern, attempt: Attempt) -> None:
    if name in attempt.captures:
        register = attempt.captures[name][0]  # another alternative of an or-pattern binds it
    else:
        register = ctx.new_temp(OBJECT)
        attempt.captures[name] = (register, pattern)
    ctx.builder.emit(Assign(register, value))


def is_wildcard(pattern: ast.pattern) -> bool:
    return isinstance(pattern, ast.MatchAs) and pattern.pattern is None and pattern.name is None


def lower_value(ctx: FunctionLowering, pattern: ast.MatchValue, subject: Value, attempt: Attempt) -> None:
    """A literal or a dotted name: subject == value."""
    value = lower_expression(ctx, pattern.value)
    ctx.set_line(pattern)
    fail_unless(ctx, truth(ctx, compare(ctx, "==", subject, value)), attempt)


def lower_singleton(ctx: FunctionLowering, pattern: ast.MatchSingleton, subject: Value, attempt: Attempt) -> None:
    """None, True, False: subject is value."""
    fail_unless(ctx, compare(ctx, "is", subject, Const.of(pattern.value)), attempt)


def lower_as(ctx: FunctionLowering, pattern: ast.MatchAs, subject: Value, attempt: Attempt) -> None:
    """`p as name`, a capture `name` (no p), or the wildcard `_` (neither)."""
    if pattern.pattern is not None:
        lower_pattern(ctx, pattern.pattern, subject, attempt)
    if pattern.name is not None:
        capture(ctx, pattern.name, subject, pattern, attempt)


def lower_or(ctx: FunctionLowering, pattern: ast.MatchOr, subject: Value, attempt: Attempt) -> None:
    """Each alternative in turn; the first that matches wins."""
    b = ctx.builder
    matched = b.new_block()
    for alternative in pattern.patterns[:-1]:
        next_alternative = b.new_block()
        lower_pattern(ctx, alternative, subject, Attempt(next_alternative, attempt.captures))
        b.goto(matched)
        b.activate(next_alternative)
    lower_pattern(ctx, pattern.patterns[-1], subject, attempt)
    b.goto(matched)
    b.activate(matched)


def lower_star(ctx: FunctionLowering, pattern: ast.MatchStar, subject: Value, attempt: Attempt) -> None:
    """`*name` in a sequence pattern: subject is the list of the items it covers."""
    if pattern.name is not None:
        capture(ctx, pattern.name, subject, pattern, attempt)


def lower_sequence(ctx: FunctionLowering, pattern: ast.MatchSequence, subject: Value, attempt: Attempt) -> None:
    """[p, q, *rest]: a list, tuple or range of the right length, then each item in order."""
    fail_unless(ctx, ctx.call_primitive("match_is_sequence", [subject]), attempt)
    patterns = pattern.patterns
    star = next((i for i, p in enumerate(patterns) if isinstance(p, ast.MatchStar)), None)
    fixed = len(patterns) if star is None else len(patterns) - 1
    if star is None or fixed > 0:
        length = ctx.call_primitive("py_len", [subject])
        long_enough = ctx.new_temp(BOOL)
        ctx.builder.emit(Binary(long_enough, "eq" if star is None else "ge", length, Const(fixed, INT)))
        fail_unless(ctx, long_enough, attempt)
    item = sequence_items(ctx, pattern, subject, star)
    for i, subpattern in enumerate(patterns):
        if not is_wildcard(subpattern) and not (isinstance(subpattern, ast.MatchStar) and subpattern.name is None):
            lower_pattern(ctx, subpattern, item(i), attempt)
            ctx.set_line(pattern)


def sequence_items(ctx: FunctionLowering, pattern: ast.MatchSequence, subject: Value,
                   star: int | None) -> Callable[[int], Value]:
    """How to read the item matched by the i-th sub-pattern, once the length is known
    to fit: a named star needs its items as a list, so the subject is unpacked as
    `a, *b, c = subject` would; otherwise items are read by index, from the end after a
    star (CPython reads them by index too when it can)."""
    count = len(pattern.patterns)
    star_pattern = pattern.patterns[star] if star is not None else None
    if isinstance(star_pattern, ast.MatchStar) and star_pattern.name is not None:
        assert star is not None
        unpacked = ctx.call_primitive("unpack_starred", [subject, Const(star, I32), Const(count - star - 1, I32)])
        return lambda i: ctx.call_primitive("tuple_get", [unpacked, Const(i, I32)])

    def by_index(i: int) -> Value:
        index = i if star is None or i < star else i - count
        return ctx.call_primitive("py_getitem", [subject, Const(index, INT)])

    return by_index


def lower_mapping(ctx: FunctionLowering, pattern: ast.MatchMapping, subject: Value, attempt: Attempt) -> None:
    """{k: p, **rest}: a dict holding every key (looked up once each, in order), whose
    values match; rest gets a new dict of the other items."""
    fail_unless(ctx, ctx.call_primitive("isinstance_code", [subject, Const(TYPE_DICT, I32)]), attempt)
    if not pattern.keys and pattern.rest is None:
        return
    if pattern.keys:
        length = ctx.call_primitive("py_len", [subject])
        long_enough = ctx.new_temp(BOOL)
        ctx.builder.emit(Binary(long_enough, "ge", length, Const(len(pattern.keys), INT)))
        fail_unless(ctx, long_enough, attempt)
    keys = build_tuple(ctx, [lower_expression(ctx, key) for key in pattern.keys])
    ctx.set_line(pattern)
    values = ctx.call_primitive("match_mapping_values", [subject, keys])
    fail_unless(ctx, compare(ctx, "is not", values, Const.of(None)), attempt)
    for i, subpattern in enumerate(pattern.patterns):
        if not is_wildcard(subpattern):
            lower_pattern(ctx, subpattern, ctx.call_primitive("tuple_get", [values, Const(i, I32)]), attempt)
    if pattern.rest is not None:
        ctx.set_line(pattern)
        rest = ctx.call_primitive("match_mapping_rest", [subject, keys])
        capture(ctx, pattern.rest, rest, pattern, attempt)


def lower_class(ctx: FunctionLowering, pattern: ast.MatchClass, subject: Value, attempt: Attempt) -> None:
    """C(p, k=q): an instance of C whose attributes (positional ones named by
    C.__match_args__) match, each read once, in order."""
    refuse_builtin_keywords(ctx, pattern)
    cls = lower_expression(ctx, pattern.cls)
    ctx.set_line(pattern)
    keywords = build_tuple(ctx, [Const(name, OBJECT) for name in pattern.kwd_attrs])
    attributes = ctx.call_primitive("match_class", [subject, cls, Const(len(pattern.patterns), I32), keywords])
    fail_unless(ctx, compare(ctx, "is not", attributes, Const.of(None)), attempt)
    for i, subpattern in enumerate(pattern.patterns + pattern.kwd_patterns):
        if not is_wildcard(subpattern):
            lower_pattern(ctx, subpattern, ctx.call_primitive("tuple_get", [attributes, Const(i, I32)]), attempt)


def refuse_builtin_keywords(ctx: FunctionLowering, pattern: ast.MatchClass) -> None:
    """int(real=r) would never match: Molt's builtin objects have no data attributes, and
    a missing attribute is a failed match, not an error."""
    cls = pattern.cls
    if (pattern.kwd_attrs and isinstance(cls, ast.Name) and (cls.id in BUILTIN_TYPES or cls.id in EXCEPTION_TYPES)
            and not ctx.shadows(cls.id)):
        raise ctx.error(pattern, f"a keyword sub-pattern of the builtin type {cls.id}",
                        "molt's builtin objects have no attributes to match")


PATTERNS: dict[type, Callable[[FunctionLowering, Any, Value, Attempt], None]] = {
    ast.MatchValue: lower_value,
    ast.MatchSingleton: lower_singleton,
    ast.MatchAs: lower_as,
    ast.MatchOr: lower_or,
    ast.MatchStar: lower_star,
    ast.MatchSequence: lower_sequence,
    ast.MatchMapping: lower_mapping,
    ast.MatchClass: lower_class,
}
