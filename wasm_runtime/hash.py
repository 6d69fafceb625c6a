"""hash(): CPython's hash functions for ints, floats, tuples, frozensets (Python/pyhash.c,
Objects/tupleobject.c, Objects/setobject.c), on 64-bit hashes.

Every hash is an i64 that is never -1: -1 is the error result (after raising TypeError:
unhashable type: 'list'), as in CPython. Numbers that compare equal hash equal: a number
hashes to its value modulo the prime 2**61 - 1, with its sign.

Strs hash with str_hash (str_methods.py), bytes with bytes_hash (bytes.py) and big ints
with int_hash (bigint.py). CPython
randomizes str hashes, and hashes None and NaN by address; those take fixed values here.
"""

HASH_BITS = 61
HASH_MODULUS = (1 << 61) - 1
HASH_INF = 314159
HASH_NONE = 0xFCA86420
HASH_NAN = 0

# tuplehash: xxHash's primes and rotation (Objects/tupleobject.c).
XXPRIME_1 = 11400714785074694791
XXPRIME_2 = 14029467366897019727
XXPRIME_5 = 2870177450012600261
TUPLE_HASH_LENGTH_MIX = XXPRIME_5 ^ 3527539
TUPLE_HASH_OF_MINUS_ONE = 1546275796


def py_hash(v: obj) -> i64:
    """hash(v), or -1 after raising TypeError: unhashable type: 'list'."""
    tag: i64 = shr_u(v, TAG_SHIFT)
    if tag == TAG_INT:
        x: i64 = unbox_int(v)  # below the modulus in magnitude: its own hash
        return -2 if x == -1 else x
    if tag == TAG_BOOL:
        return v & 1
    if tag == TAG_NONE:
        return HASH_NONE
    if lt_u(tag, TAG_FIRST):
        return float_hash(f64_of_bits(v))
    if tag != TAG_PTR:
        return identity_hash(i32(v))
    t: i32 = load_i32(i32(v), OB_TYPE)
    if t == TYPE_STR:
        return str_hash(v)
    if t == TYPE_TUPLE:
        return tuple_hash(v)
    if t == TYPE_INT:
        return int_hash(v)
    if t == TYPE_FROZENSET:
        return set_hash(v)
    if t == TYPE_BYTES:
        return bytes_hash(v)
    if t == TYPE_RANGE:
        return range_hash(v)
    if t == TYPE_LIST or t == TYPE_DICT or t == TYPE_SET or t == TYPE_SLICE:
        return raise_unhashable(v)
    if t == TYPE_DICT_VIEW and view_kind(v) != ITER_DICT_VALUES:
        return raise_unhashable(v)
    if t == TYPE_INSTANCE:
        return instance_hash(v)
    if t == TYPE_BUILTIN_METHOD:
        # Equal methods (builtin_method_eq) have the same receiver and number.
        return identity_hash(i32(load_i64(i32(v), BUILTIN_METHOD_SELF))) ^ i64(load_i32(i32(v), BUILTIN_METHOD_INDEX))
    if t == TYPE_METHOD:
        return method_hash(v)
    return identity_hash(i32(v))


def raise_unhashable(v: obj) -> i64:
    name: obj = view_type_name(v) if type_of(v) == TYPE_DICT_VIEW else type_name(v)
    raise_with_parts(EXC_TYPE_ERROR, "unhashable type: '", name, "'")
    return -1


def identity_hash(p: i32) -> i64:
    """CPython's _Py_HashPointer: the address rotated right by 4 bits."""
    return rotr(u64(p), 4)


def float_hash(f: f64) -> i64:
    """CPython's _Py_HashDouble: the float's exact value m * 2**e reduced modulo 2**61 - 1,
    so that an integral float hashes as its int. Since 2**61 = 1 modulo the prime,
    multiplying by 2**e is a rotation by e mod 61 of the 61-bit residue."""
    bits: i64 = bits_of_f64(f)
    exponent: i32 = i32(shr_u(bits, 52)) & 0x7FF
    m: i64 = bits & 0xFFFFFFFFFFFFF
    if exponent == 0x7FF:
        if m != 0:
            return HASH_NAN
        return HASH_INF if bits >= 0 else -HASH_INF
    e: i32 = -1074
    if exponent != 0:
        m = m | (1 << 52)
        e = exponent - 1075
    if m == 0:
        return 0
    k: i32 = e % HASH_BITS
    if k < 0:
        k += HASH_BITS
    x: i64 = m  # below 2**53: already reduced
    if k != 0:
        x = ((x << i64(k)) & HASH_MODULUS) | shr_u(x, i64(HASH_BITS - k))
    if bits < 0:
        x = 0 - x
    return -2 if x == -1 else x


def tuple_hash_step(acc: i64, lane: i64) -> i64:
    acc += lane * XXPRIME_2
    acc = rotl(acc, 31)
    return acc * XXPRIME_1


def tuple_hash_finish(acc: i64, n: i64) -> i64:
    acc += n ^ TUPLE_HASH_LENGTH_MIX
    return TUPLE_HASH_OF_MINUS_ONE if acc == -1 else acc


def tuple_hash(t: obj) -> i64:
    """CPython 3.11's tuplehash (xxHash-based); -1 when an item is unhashable."""
    n: i32 = tuple_length(t)
    acc: i64 = XXPRIME_5
    for i in range(0, n):
        lane: i64 = py_hash(tuple_item(t, i))
        if lane == -1:
            return -1
        acc = tuple_hash_step(acc, lane)
    return tuple_hash_finish(acc, i64(n))


def range_hash(r: obj) -> i64:
    """As CPython: hash((len, start, step)), with None for start and step when the range is
    empty and for the step when it has one item."""
    p: i32 = i32(r)
    n: i64 = load_i64(p, RANGE_LENGTH)
    acc: i64 = tuple_hash_step(XXPRIME_5, py_hash(box_int(n)))
    if n == 0:
        acc = tuple_hash_step(acc, HASH_NONE)
        acc = tuple_hash_step(acc, HASH_NONE)
    else:
        acc = tuple_hash_step(acc, py_hash(box_int(load_i64(p, RANGE_START))))
        if n == 1:
            acc = tuple_hash_step(acc, HASH_NONE)
        else:
            acc = tuple_hash_step(acc, py_hash(box_int(load_i64(p, RANGE_STEP))))
    return tuple_hash_finish(acc, 3)
