"""`self.x += k` and `self.x -= k` for a slot and a small int constant k (molt/frontend/
statements.py): a small int in the slot becomes the result in place, with no unboxing,
boxing or reference count; anything else (a big int, a float, an unbound slot, an
instance of another class) takes the generic read, in-place operator and store."""


@inline
def attr_iadd_static(v: obj, name: obj, k: i64, subtract: i32, member: i32, offset: i32) -> None:
    """v.name += k (or -= k) where the compiler knows the slot's offset for a member of
    v's family (as getattr_static)."""
    if member == FAMILY_EPOCH + 1:
        slot_iadd_int(v, name, offset, k, subtract)
        return
    attr_iadd_slow(v, name, k, subtract)


@inline
def slot_iadd_int(v: obj, name: obj, offset: i32, k: i64, subtract: i32) -> None:
    """v.name += k (or -= k), the slot at `offset` holding v.name."""
    address: i32 = i32(v) + offset
    item: obj = load_i64(address)
    if shr_u(item, TAG_SHIFT) == TAG_INT:
        n: i64 = ((item << 16) >> 16) + (0 - k if subtract else k)
        if shr_u(n - SMALL_INT_MIN, TAG_SHIFT) == 0:
            store_i64(address, (n & PAYLOAD_MASK) | INT_TAG_BITS)
            return
    attr_iadd_slow(v, name, k, subtract)


def attr_iadd_slow(v: obj, name: obj, k: i64, subtract: i32) -> None:
    """v.name = v.name + k (or - k): an int's, or the value's own __iadd__/__isub__ ..."""
    incref(v)
    current: obj = py_getattr(v, name)
    if current != ERROR_VALUE:
        result: obj = py_inplace(OP_SUB if subtract else OP_ADD, current, box_int(k))
        decref(current)
        if result != ERROR_VALUE:
            py_setattr(v, name, result)
            decref(result)
    decref(v)
