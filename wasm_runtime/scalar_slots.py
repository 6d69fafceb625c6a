"""Slots whose values the compiler's analysis proved (molt/analysis/program_facts.py): a
read of a slot that always holds a bool or a float gives it unboxed, and a store into a
slot that holds and gets no heap object takes and releases no reference.

The reads test the value's tag as they unbox it, which costs what the test for an unbound
slot would: a value of another type (a fact that does not hold) stops the program."""


@inline
def slot_get_bool(v: obj, name: obj, offset: i32) -> i32:
    """v.name from its slot at `offset`, a bool, unboxed."""
    item: obj = load_i64(i32(v) + offset)
    if shr_u(item, TAG_SHIFT) == TAG_BOOL:
        return i32(item) & 1
    return slot_bool_fallback(v, name, item)


def slot_bool_fallback(v: obj, name: obj, item: obj) -> i32:
    """An unbound slot: the generic lookup (a class attribute, or AttributeError)."""
    if item != UNBOUND_VALUE:
        unreachable()
    found: obj = getattr_protected(v, name)
    if found == ERROR_VALUE:
        return 0
    if shr_u(found, TAG_SHIFT) != TAG_BOOL:
        unreachable()
    return i32(found) & 1


@inline
def slot_get_float(v: obj, name: obj, offset: i32) -> f64:
    """v.name from its slot at `offset`, a float, unboxed."""
    item: obj = load_i64(i32(v) + offset)
    if shr_u(item, TAG_SHIFT) < TAG_FIRST:
        return f64_of_bits(item)
    return slot_float_fallback(v, name, item)


def slot_float_fallback(v: obj, name: obj, item: obj) -> f64:
    if item != UNBOUND_VALUE:
        unreachable()
    found: obj = getattr_protected(v, name)
    if found == ERROR_VALUE:
        return 0.0
    if shr_u(found, TAG_SHIFT) >= TAG_FIRST:
        unreachable()
    return f64_of_bits(found)


@inline
def slot_put(v: obj, value: obj, offset: i32) -> None:
    """v's slot at `offset` = value, where neither it nor what it replaces is a heap object."""
    store_i64(i32(v) + offset, value)


def fact_check_scalar_slot(v: obj, value: obj, offset: i32) -> None:
    """What slot_put relies on (a check of builds with checks: wasm_runtime/fact_checks.py)."""
    if shr_u(value, TAG_SHIFT) == TAG_PTR or shr_u(load_i64(i32(v) + offset), TAG_SHIFT) == TAG_PTR:
        unreachable()
