"""Attribute sites with caches (Tier 0, wasm_runtime/layout.py): in a program that defines
classes, `obj.name` and `obj.name = v` go through a cache of their own that remembers
where the last instance's class keeps `name`, so that reading it is a load from a slot.
A program without classes keeps the plain generic calls (its instances cannot exist).
"""

from __future__ import annotations

from molt.frontend.context import FunctionLowering
from molt.ir.ops import Call, Const, DataAddress, Value
from molt.ir.types import I32, OBJECT

SITE_CACHE_SIZE = 64  # wasm_runtime/layout.py: CACHE_WAYS entries of a key and a value


def site_cache(ctx: FunctionLowering) -> Const:
    """A new site's cache: zeroed static data."""
    name = f"__molt_site_{len(ctx.program.site_caches)}"
    ctx.program.site_caches.append(name)
    return Const(DataAddress(name), I32)


def load_attribute(ctx: FunctionLowering, owner: Value, name: str) -> Value:
    if not ctx.program.classes:
        return ctx.call_primitive("py_getattr", [owner, Const(name, OBJECT)])
    return ctx.call_primitive("getattr_cached", [owner, Const(name, OBJECT), site_cache(ctx)])


def store_attribute(ctx: FunctionLowering, owner: Value, name: str, value: Value) -> None:
    if not ctx.program.classes:
        ctx.builder.emit(Call(None, "py_setattr", [owner, Const(name, OBJECT), value]))
        return
    ctx.builder.emit(Call(None, "setattr_cached", [owner, Const(name, OBJECT), value, site_cache(ctx)]))
