"""Attribute sites (Tier 0, wasm_runtime/layout.py).

In a program that defines classes, `obj.name` and `obj.name = v` go through a cache of
their own that remembers where the last instance's class keeps `name`, so that reading it
is a load from a slot. Where the compiler knows the layouts (families.py), the site
tests the instance's class instead, against the ranges of shaped classes that hold
`name` at one offset, and loads from that offset; `self` in a method of a shaped class is
tested once, on entry. A program without classes keeps the plain generic calls (its
instances cannot exist).
"""
from __future__ import annotations

import ast
from typing import Iterator, TypeVar

from molt.frontend.context import FunctionLowering
from molt.frontend.families import Receiver, family_ranges
from molt.ir.ops import Assign, BasicBlock, Call, Const, DataAddress, Register, Value
from molt.ir.types import I32, OBJECT

SITE_CACHE_SIZE = 64  # wasm_runtime/layout.py: CACHE_WAYS entries of a key and a value
# A site tests an instance's class against this many ranges of shaped classes at most.
MAX_FAMILY_RANGES = 8

T = TypeVar("T")


def site_cache(ctx: FunctionLowering) -> Const:
    """A new site's cache: zeroed static data."""
    name = f"__molt_site_{len(ctx.program.site_caches)}"
    ctx.program.site_caches.append(name)
    return Const(DataAddress(name), I32)


def static_receiver(ctx: FunctionLowering, owner: ast.expr) -> Receiver | None:
    """The method's self when `owner` is it (families.py)."""
    receiver = ctx.receiver
    if receiver is None or not isinstance(owner, ast.Name) or owner.id != receiver.name:
        return None
    if any(owner.id in scope for scope in ctx.comprehension_locals):
        return None
    return receiver


def load_attribute(ctx: FunctionLowering, owner: Value, name: str, node: ast.expr | None = None) -> Value:
    """owner.name, where `node` is the owner's expression."""
    if not ctx.program.classes:
        return ctx.call_primitive("py_getattr", [owner, Const(name, OBJECT)])
    receiver = static_receiver(ctx, node) if node is not None else None
    offset = receiver.cls.slot_offset(name) if receiver is not None else None
    if receiver is not None and offset is not None:
        return ctx.call_primitive("getattr_static", [owner, Const(name, OBJECT), receiver.member, Const(offset, I32)])
    result = ctx.new_temp(OBJECT)
    done = ctx.builder.new_block()
    other = "getattr_cached"  # with its fast path inline, unless classes were tested
    for offset in slot_ranges(ctx, owner, node, name, done):
        ctx.builder.emit(Assign(result, ctx.call_primitive("slot_get", [owner, Const(name, OBJECT), Const(offset, I32)])))
        other = "getattr_site"
    ctx.builder.emit(Assign(result, ctx.call_primitive(other, [owner, Const(name, OBJECT), site_cache(ctx)])))
    ctx.builder.goto(done)
    ctx.builder.activate(done)
    return result


def store_attribute(ctx: FunctionLowering, owner: Value, name: str, value: Value, node: ast.expr | None = None) -> None:
    """owner.name = value, where `node` is the owner's expression."""
    b = ctx.builder
    if not ctx.program.classes:
        b.emit(Call(None, "py_setattr", [owner, Const(name, OBJECT), value]))
        return
    receiver = static_receiver(ctx, node) if node is not None else None
    offset = receiver.cls.slot_offset(name) if receiver is not None else None
    if receiver is not None and offset is not None:
        b.emit(Call(None, "setattr_static", [owner, Const(name, OBJECT), value, receiver.member, Const(offset, I32)]))
        return
    done = b.new_block()
    other = "setattr_cached"
    for offset in slot_ranges(ctx, owner, node, name, done):
        b.emit(Call(None, "slot_store", [owner, Const(name, OBJECT), value, Const(offset, I32)]))
        other = "setattr_site"
    b.emit(Call(None, other, [owner, Const(name, OBJECT), value, site_cache(ctx)]))
    b.goto(done)
    b.activate(done)


def slot_ranges(ctx: FunctionLowering, owner: Value, node: ast.expr | None, name: str,
                done: BasicBlock) -> Iterator[int]:
    """Tests of owner's class against the ranges of shaped classes that hold `name` in a
    slot (families.py), as family_branches: yields each range's offset."""
    ranges = family_ranges(ctx.program.shaped, lambda cls: cls.exact_slot(name))
    return family_branches(ctx, owner, node, ranges, done)


def class_number(ctx: FunctionLowering, node: ast.expr | None) -> Register | None:
    """The register that holds the class number of the local `node` names, if one does."""
    if not isinstance(node, ast.Name) or any(node.id in scope for scope in ctx.comprehension_locals):
        return None
    return ctx.class_numbers.get(node.id)


def family_branches(ctx: FunctionLowering, owner: Value, node: ast.expr | None, ranges: list[tuple[int, int, T]],
                    done: BasicBlock) -> Iterator[T]:
    """Tests of owner's class against ranges of shaped classes: yields each range's value
    with the block for it active, which the caller fills (it then goes on to `done`);
    then leaves active the block for every other owner. No test when there are too many.
    `node` is the owner's expression: for a local, the number of its class is known."""
    if not ranges or len(ranges) > MAX_FAMILY_RANGES:
        return
    b = ctx.builder
    known = class_number(ctx, node)
    if known is not None:
        number = ctx.call_primitive("plain_number", [owner, known])
    else:
        number = ctx.call_primitive("family_of", [owner])
    for first, count, value in ranges:
        hit, miss = b.new_block(), b.new_block()
        b.branch(ctx.call_primitive("in_family", [number, Const(first, I32), Const(count, I32)]), hit, miss)
        b.activate(hit)
        yield value
        b.goto(done)
        b.activate(miss)
