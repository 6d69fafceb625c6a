"""str case mapping (upper, lower, title, capitalize, swapcase, casefold) and the
predicates (isalpha, isdigit, isupper, isidentifier ...), with CPython's full Unicode
mappings and properties from the character database in unicode_db.py.
"""

CASE_UPPER = 1
CASE_LOWER = 2
CASE_TITLE = 3
CASE_FOLD = 4


def uc_record(c: i32) -> i32:
    """The address of the database record of code point c."""
    b2: i32 = load_u8(UC_LEVEL1 + (c >> (UC_SHIFT1 + UC_SHIFT2)))
    b3: i32 = load_u16(UC_LEVEL2 + ((b2 << UC_SHIFT1) + ((c >> UC_SHIFT2) & ((1 << UC_SHIFT1) - 1))) * 2)
    r: i32 = load_u16(UC_LEVEL3 + ((b3 << UC_SHIFT2) + (c & ((1 << UC_SHIFT2) - 1))) * 2)
    return UC_RECORDS + r * UC_RECORD_SIZE


def uc_flags(c: i32) -> i32:
    return load_i32(uc_record(c))


def put_case_mapping(b: i32, c: i32, which: i32) -> None:
    """Append the full mapping (CASE_*) of code point c."""
    record: i32 = uc_record(c)
    value: i32 = load_i32(record + which * 4)
    if load_i32(record) & (UC_EXT_UPPER << (which - 1)):
        n: i32 = value >> 24
        at: i32 = UC_EXT_CASE + (value & 0xFFFFFF) * 4
        for i in range(0, n):
            strbuf_put_cp(b, load_i32(at + i * 4))
        return
    strbuf_put_cp(b, c + value)


def uc_is_cased(c: i32) -> i32:
    return (uc_flags(c) & UC_CASED) != 0


def uc_is_case_ignorable(c: i32) -> i32:
    return (uc_flags(c) & UC_CASE_IGNORABLE) != 0


def final_sigma(p: i32, n: i32, o: i32) -> i32:
    """Σ (at byte o) lowers to ς when it ends a word (CPython's handle_capital_sigma)."""
    j: i32 = o
    c: i32 = 0
    found: i32 = 0
    while j > 0:
        j = previous_offset(p, j)
        c = utf8_decode_at(p + j)
        if not uc_is_case_ignorable(c):
            found = 1
            break
    if not found or not uc_is_cased(c):
        return 0x3C3
    j = o + 2
    while j < n:
        c = utf8_decode_at(p + j)
        if not uc_is_case_ignorable(c):
            if uc_is_cased(c):
                return 0x3C3
            return 0x3C2
        j = next_offset(p, j)
    return 0x3C2


def put_lower(b: i32, p: i32, n: i32, o: i32, c: i32) -> None:
    if c == 0x3A3:
        strbuf_put_cp(b, final_sigma(p, n, o))
    else:
        put_case_mapping(b, c, CASE_LOWER)


CASE_OP_UPPER = 0
CASE_OP_LOWER = 1
CASE_OP_TITLE = 2
CASE_OP_CAPITALIZE = 3
CASE_OP_SWAPCASE = 4
CASE_OP_CASEFOLD = 5


def ascii_case(s: obj, op: i32) -> obj:
    """A case operation on an ASCII str: the same size."""
    n: i32 = str_size(s)
    if n == 0:
        return new_ref(s)
    out: i32 = str_alloc(n, n)
    if out == 0:
        return raise_memory_error()
    p: i32 = str_data(s)
    q: i32 = out + STR_DATA
    previous_cased: i32 = 0
    for i in range(0, n):
        c: i32 = load_u8(p + i)
        upper: i32 = c >= 65 and c <= 90
        lower: i32 = c >= 97 and c <= 122
        to_upper: i32 = 0
        if op == CASE_OP_UPPER:
            to_upper = 1
        elif op == CASE_OP_TITLE:
            to_upper = not previous_cased
        elif op == CASE_OP_CAPITALIZE:
            to_upper = i == 0
        elif op == CASE_OP_SWAPCASE:
            to_upper = lower
        if to_upper:
            if lower:
                c -= 32
        elif upper:
            c += 32
        store_u8(q + i, c)
        previous_cased = upper or lower
    return box_ptr(out)


def str_case(s: obj, op: i32) -> obj:
    if str_size(s) == str_length(s):
        return ascii_case(s, op)
    b: i32 = strbuf_new(str_size(s) + 8)
    if b == 0:
        return ERROR_VALUE
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    o: i32 = 0
    previous_cased: i32 = 0
    while o < n:
        c: i32 = utf8_decode_at(p + o)
        if op == CASE_OP_UPPER:
            put_case_mapping(b, c, CASE_UPPER)
        elif op == CASE_OP_LOWER:
            put_lower(b, p, n, o, c)
        elif op == CASE_OP_CASEFOLD:
            put_case_mapping(b, c, CASE_FOLD)
        elif op == CASE_OP_TITLE:
            if previous_cased:
                put_lower(b, p, n, o, c)
            else:
                put_case_mapping(b, c, CASE_TITLE)
            previous_cased = uc_is_cased(c)
        elif op == CASE_OP_CAPITALIZE:
            if o == 0:
                put_case_mapping(b, c, CASE_TITLE)
            else:
                put_lower(b, p, n, o, c)
        else:
            f: i32 = uc_flags(c)
            if f & UC_UPPER:
                put_lower(b, p, n, o, c)
            elif f & UC_LOWER:
                put_case_mapping(b, c, CASE_UPPER)
            else:
                strbuf_put_cp(b, c)
        o += utf8_width(load_u8(p + o))
    return strbuf_finish(b)


def str_upper(s: obj) -> obj:
    return str_case(s, CASE_OP_UPPER)


def str_lower(s: obj) -> obj:
    return str_case(s, CASE_OP_LOWER)


def str_title(s: obj) -> obj:
    return str_case(s, CASE_OP_TITLE)


def str_capitalize(s: obj) -> obj:
    return str_case(s, CASE_OP_CAPITALIZE)


def str_swapcase(s: obj) -> obj:
    return str_case(s, CASE_OP_SWAPCASE)


def str_casefold(s: obj) -> obj:
    return str_case(s, CASE_OP_CASEFOLD)


# Predicates.

def str_all_flags(s: obj, mask: i32) -> obj:
    """True when s is not empty and every code point has one of the flags in mask."""
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    if n == 0:
        return FALSE_VALUE
    o: i32 = 0
    while o < n:
        if (uc_flags(utf8_decode_at(p + o)) & mask) == 0:
            return FALSE_VALUE
        o += utf8_width(load_u8(p + o))
    return TRUE_VALUE


def str_isalpha(s: obj) -> obj:
    return str_all_flags(s, UC_ALPHA)


def str_isdecimal(s: obj) -> obj:
    return str_all_flags(s, UC_DECIMAL)


def str_isdigit(s: obj) -> obj:
    return str_all_flags(s, UC_DIGIT)


def str_isnumeric(s: obj) -> obj:
    return str_all_flags(s, UC_NUMERIC)


def str_isalnum(s: obj) -> obj:
    return str_all_flags(s, UC_ALPHA | UC_DECIMAL | UC_DIGIT | UC_NUMERIC)


def str_isspace(s: obj) -> obj:
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    if n == 0:
        return FALSE_VALUE
    o: i32 = 0
    while o < n:
        if not is_space_cp(utf8_decode_at(p + o)):
            return FALSE_VALUE
        o += utf8_width(load_u8(p + o))
    return TRUE_VALUE


def str_isprintable(s: obj) -> obj:
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    o: i32 = 0
    while o < n:
        if not is_printable(utf8_decode_at(p + o)):
            return FALSE_VALUE
        o += utf8_width(load_u8(p + o))
    return TRUE_VALUE


def str_isascii(s: obj) -> obj:
    return box_bool(str_size(s) == str_length(s))


def str_iscase(s: obj, want: i32, other: i32) -> obj:
    """isupper (want UC_UPPER, other UC_LOWER) or islower (the reverse)."""
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    if str_length(s) == 1:
        return box_bool((uc_flags(utf8_decode_at(p)) & want) != 0)
    cased: i32 = 0
    o: i32 = 0
    while o < n:
        f: i32 = uc_flags(utf8_decode_at(p + o))
        if f & (other | UC_TITLE):
            return FALSE_VALUE
        if f & want:
            cased = 1
        o += utf8_width(load_u8(p + o))
    return box_bool(cased)


def str_isupper(s: obj) -> obj:
    return str_iscase(s, UC_UPPER, UC_LOWER)


def str_islower(s: obj) -> obj:
    return str_iscase(s, UC_LOWER, UC_UPPER)


def str_istitle(s: obj) -> obj:
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    if str_length(s) == 1:
        return box_bool((uc_flags(utf8_decode_at(p)) & (UC_TITLE | UC_UPPER)) != 0)
    cased: i32 = 0
    previous_cased: i32 = 0
    o: i32 = 0
    while o < n:
        f: i32 = uc_flags(utf8_decode_at(p + o))
        if f & (UC_UPPER | UC_TITLE):
            if previous_cased:
                return FALSE_VALUE
            previous_cased = 1
            cased = 1
        elif f & UC_LOWER:
            if not previous_cased:
                return FALSE_VALUE
            previous_cased = 1
            cased = 1
        else:
            previous_cased = 0
        o += utf8_width(load_u8(p + o))
    return box_bool(cased)


def str_isidentifier(s: obj) -> obj:
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    if n == 0:
        return FALSE_VALUE
    c: i32 = utf8_decode_at(p)
    if c != 95 and (uc_flags(c) & UC_XID_START) == 0:
        return FALSE_VALUE
    o: i32 = utf8_width(load_u8(p))
    while o < n:
        if (uc_flags(utf8_decode_at(p + o)) & UC_XID_CONTINUE) == 0:
            return FALSE_VALUE
        o += utf8_width(load_u8(p + o))
    return TRUE_VALUE
