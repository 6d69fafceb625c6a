"""str.encode() and bytes.decode() for UTF-8, Latin-1 and ASCII (and their aliases), with
the error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace (encoding),
surrogateescape and surrogatepass, and CPython's UnicodeEncodeError/UnicodeDecodeError
messages.

A str holds a lone surrogate as its three-byte generalized UTF-8 sequence (ED A0..BF xx).
"""

ENC_UNKNOWN = 0
ENC_UTF8 = 1
ENC_LATIN1 = 2
ENC_ASCII = 3

ERR_STRICT = 0
ERR_IGNORE = 1
ERR_REPLACE = 2
ERR_BACKSLASHREPLACE = 3
ERR_XMLCHARREFREPLACE = 4
ERR_SURROGATEESCAPE = 5
ERR_SURROGATEPASS = 6
ERR_NAMEREPLACE = 7
ERR_UNKNOWN = 8

ENCODING_NAME_CAPACITY = 64
ENCODING_NAME = data_zero(ENCODING_NAME_CAPACITY)
ENCODING_FAST: i32 = 1  # set by encoding_id


def ascii_is_alnum(c: i32) -> i32:
    return (c >= 48 and c <= 57) or (c >= 97 and c <= 122) or (c >= 65 and c <= 90)


def name_is(n: i32, name: obj) -> i32:
    """Whether the normalized name in ENCODING_NAME (n bytes) is `name`."""
    return n == str_size(name) and memory_equal(ENCODING_NAME, str_data(name), n)


def encoding_id(encoding: obj) -> i32:
    """The ENC_* of an encoding name, normalized as Python's encodings package does (lower
    case, each run of other characters than letters, digits and '.' one '_', none at the
    ends); ENC_UTF8 when omitted."""
    ENCODING_FAST = 1
    if encoding == MISSING_VALUE:
        return ENC_UTF8
    p: i32 = str_data(encoding)
    size: i32 = str_size(encoding)
    n: i32 = 0
    punct: i32 = 0
    for i in range(0, size):
        c: i32 = load_u8(p + i)
        if ascii_is_alnum(c) or c == 46:
            if punct and n > 0:
                if n >= ENCODING_NAME_CAPACITY:
                    return ENC_UNKNOWN
                store_u8(ENCODING_NAME + n, 95)
                n += 1
            if n >= ENCODING_NAME_CAPACITY:
                return ENC_UNKNOWN
            if c >= 65 and c <= 90:
                c += 32
            store_u8(ENCODING_NAME + n, c)
            n += 1
            punct = 0
        elif c < 128 or (c & 0xC0) == 0xC0:
            punct = 1
    # CPython's shortcuts; other names go through the codec registry, which wraps some of
    # the errors raised while coding.
    ENCODING_FAST = (name_is(n, "utf_8") or name_is(n, "utf8") or name_is(n, "ascii") or name_is(n, "us_ascii")
                     or name_is(n, "latin1") or name_is(n, "latin_1") or name_is(n, "iso_8859_1")
                     or name_is(n, "iso8859_1"))
    if (name_is(n, "utf_8") or name_is(n, "utf8") or name_is(n, "u8") or name_is(n, "utf")
            or name_is(n, "cp65001") or name_is(n, "utf8_ucs2") or name_is(n, "utf8_ucs4")):
        return ENC_UTF8
    if (name_is(n, "latin_1") or name_is(n, "latin1") or name_is(n, "latin") or name_is(n, "l1")
            or name_is(n, "iso8859_1") or name_is(n, "iso_8859_1") or name_is(n, "iso8859")
            or name_is(n, "8859") or name_is(n, "cp819") or name_is(n, "csisolatin1")
            or name_is(n, "ibm819") or name_is(n, "iso_8859_1_1987") or name_is(n, "iso_ir_100")):
        return ENC_LATIN1
    # Aliases are also looked up with '.' as '_'.
    for i in range(0, n):
        if load_u8(ENCODING_NAME + i) == 46:
            store_u8(ENCODING_NAME + i, 95)
    if (name_is(n, "ascii") or name_is(n, "us_ascii") or name_is(n, "us") or name_is(n, "646")
            or name_is(n, "ansi_x3_4_1968") or name_is(n, "ansi_x3_4_1986") or name_is(n, "cp367")
            or name_is(n, "csascii") or name_is(n, "ibm367") or name_is(n, "iso646_us")
            or name_is(n, "iso_646_irv_1991") or name_is(n, "iso_ir_6")):
        return ENC_ASCII
    return ENC_UNKNOWN


def encoding_label(id: i32) -> obj:
    if id == ENC_UTF8:
        return "utf-8"
    if id == ENC_LATIN1:
        return "latin-1"
    return "ascii"


def errors_id(errors: obj) -> i32:
    if errors == MISSING_VALUE or str_eq(errors, "strict"):
        return ERR_STRICT
    if str_eq(errors, "ignore"):
        return ERR_IGNORE
    if str_eq(errors, "replace"):
        return ERR_REPLACE
    if str_eq(errors, "backslashreplace"):
        return ERR_BACKSLASHREPLACE
    if str_eq(errors, "xmlcharrefreplace"):
        return ERR_XMLCHARREFREPLACE
    if str_eq(errors, "surrogateescape"):
        return ERR_SURROGATEESCAPE
    if str_eq(errors, "surrogatepass"):
        return ERR_SURROGATEPASS
    if str_eq(errors, "namereplace"):
        return ERR_NAMEREPLACE
    return ERR_UNKNOWN


def raise_codec_error(kind: i32, message: obj, encoding: obj, decoding: i32) -> obj:
    """Raise kind(message), wrapped as the codec registry wraps it when the encoding name
    is not one of CPython's shortcuts: "encoding with 'L1' codec failed (LookupError: ...)"."""
    if ENCODING_FAST:
        return raise_new(kind, message)
    b: i32 = strbuf_new(96)
    if b == 0:
        return ERROR_VALUE
    strbuf_put_str(b, "decoding with '" if decoding else "encoding with '")
    strbuf_put_str(b, encoding)
    strbuf_put_str(b, "' codec failed (")
    strbuf_put_str(b, exc_name(kind))
    strbuf_put_str(b, ": ")
    strbuf_put_str(b, message)
    strbuf_put_byte(b, 41)
    return raise_built(b, kind)


def raise_unknown_handler(errors: obj, encoding: obj, decoding: i32) -> obj:
    message: obj = str_concat3("unknown error handler name '", errors, "'")
    if message == ERROR_VALUE:
        return message
    result: obj = raise_codec_error(EXC_LOOKUP_ERROR, message, encoding, decoding)
    decref(message)
    return result


def raise_unknown_encoding(encoding: obj) -> obj:
    return raise_with_parts(EXC_LOOKUP_ERROR, "unknown encoding: ", encoding, "")


def codec_args(name: obj, encoding: obj, errors: obj) -> i32:
    """Check the types of encode()/decode()'s arguments: 0, or -1 after raising."""
    if encoding != MISSING_VALUE and not is_str(encoding):
        head: obj = str_concat(name, "() argument 'encoding' must be str, not ")
        if head != ERROR_VALUE:
            raise_with_parts(EXC_TYPE_ERROR, head, type_name(encoding), "")
            decref(head)
        return -1
    if errors != MISSING_VALUE and not is_str(errors):
        head2: obj = str_concat(name, "() argument 'errors' must be str, not ")
        if head2 != ERROR_VALUE:
            raise_with_parts(EXC_TYPE_ERROR, head2, type_name(errors), "")
            decref(head2)
        return -1
    return 0


def raise_encode_error(enc: i32, s: obj, start: i32, end: i32, reason: obj) -> obj:
    """UnicodeEncodeError for characters start..end (code point indices) of s."""
    b: i32 = strbuf_new(96)
    if b == 0:
        return ERROR_VALUE
    strbuf_put_byte(b, 39)
    strbuf_put_str(b, encoding_label(enc))
    if end == start + 1:
        strbuf_put_str(b, "' codec can't encode character '\\")
        c: i32 = utf8_decode_at(str_data(s) + str_offset(s, start))
        digits: i32 = 8
        if c <= 0xFF:
            strbuf_put_byte(b, 120)
            digits = 2
        elif c <= 0xFFFF:
            strbuf_put_byte(b, 117)
            digits = 4
        else:
            strbuf_put_byte(b, 85)
        q: i32 = strbuf_reserve(b, digits)
        if q != 0:
            write_hex(q, c, digits)
            strbuf_advance(b, digits)
        strbuf_put_str(b, "' in position ")
        strbuf_put_ascii_digits(b, i64(start))
    else:
        strbuf_put_str(b, "' codec can't encode characters in position ")
        strbuf_put_ascii_digits(b, i64(start))
        strbuf_put_byte(b, 45)
        strbuf_put_ascii_digits(b, i64(end - 1))
    strbuf_put_str(b, ": ")
    strbuf_put_str(b, reason)
    message: obj = strbuf_finish(b)
    if message == ERROR_VALUE:
        return message
    result: obj = raise_new(EXC_UNICODE_ENCODE_ERROR, message)
    decref(message)
    return result


def raise_decode_error(enc: i32, p: i32, start: i32, end: i32, reason: obj) -> obj:
    """UnicodeDecodeError for bytes start..end of the bytes at p."""
    b: i32 = strbuf_new(96)
    if b == 0:
        return ERROR_VALUE
    strbuf_put_byte(b, 39)
    strbuf_put_str(b, encoding_label(enc))
    if end == start + 1:
        strbuf_put_str(b, "' codec can't decode byte 0x")
        q: i32 = strbuf_reserve(b, 2)
        if q != 0:
            write_hex(q, load_u8(p + start), 2)
            strbuf_advance(b, 2)
        strbuf_put_str(b, " in position ")
        strbuf_put_ascii_digits(b, i64(start))
    else:
        strbuf_put_str(b, "' codec can't decode bytes in position ")
        strbuf_put_ascii_digits(b, i64(start))
        strbuf_put_byte(b, 45)
        strbuf_put_ascii_digits(b, i64(end - 1))
    strbuf_put_str(b, ": ")
    strbuf_put_str(b, reason)
    message: obj = strbuf_finish(b)
    if message == ERROR_VALUE:
        return message
    result: obj = raise_new(EXC_UNICODE_DECODE_ERROR, message)
    decref(message)
    return result


def is_surrogate_at(p: i32, o: i32, n: i32) -> i32:
    """Whether the str bytes at o hold a lone surrogate (ED A0..BF xx)."""
    return load_u8(p + o) == 0xED and o + 1 < n and load_u8(p + o + 1) >= 0xA0


def put_backslash_escape(b: i32, c: i32) -> None:
    q: i32 = strbuf_reserve(b, 10)
    if q != 0:
        strbuf_advance(b, repr_escape(q, c, 0, 1))


def put_xmlcharref(b: i32, c: i32) -> None:
    strbuf_put_str(b, "&#")
    strbuf_put_ascii_digits(b, i64(c))
    strbuf_put_byte(b, 59)


def str_encode(s: obj, encoding: obj, errors: obj) -> obj:
    """s.encode(encoding, errors) -> bytes."""
    if codec_args("encode", encoding, errors) != 0:
        return ERROR_VALUE
    enc: i32 = encoding_id(encoding)
    if enc == ENC_UNKNOWN:
        return raise_unknown_encoding(encoding)
    p: i32 = str_data(s)
    n: i32 = str_size(s)
    limit: i32 = 0x110000
    if enc == ENC_LATIN1:
        limit = 256
    elif enc == ENC_ASCII:
        limit = 128
    # The fast path: nothing to encode differently.
    clean: i32 = 1
    if enc == ENC_UTF8:
        for i in range(0, n):
            if is_surrogate_at(p, i, n):
                clean = 0
                break
        if clean:
            return bytes_from_memory(p, n)
    elif str_size(s) == str_length(s):
        return bytes_from_memory(p, n)
    handler: i32 = errors_id(errors)
    b: i32 = strbuf_new(n)
    if b == 0:
        return ERROR_VALUE
    o: i32 = 0
    index: i32 = 0
    while o < n:
        c: i32 = utf8_decode_at(p + o)
        w: i32 = utf8_width(load_u8(p + o))
        bad: i32 = c >= limit
        if enc == ENC_UTF8:
            bad = c >= 0xD800 and c <= 0xDFFF
        if not bad:
            if enc == ENC_UTF8:
                strbuf_put_bytes(b, p + o, w)
            else:
                strbuf_put_byte(b, c)
            o += w
            index += 1
            continue
        # A run of characters that cannot be encoded: index .. end.
        end: i32 = index
        o2: i32 = o
        while o2 < n:
            c2: i32 = utf8_decode_at(p + o2)
            if enc == ENC_UTF8:
                if c2 < 0xD800 or c2 > 0xDFFF:
                    break
            elif c2 < limit:
                break
            o2 += utf8_width(load_u8(p + o2))
            end += 1
        if handler == ERR_STRICT or handler == ERR_NAMEREPLACE:
            strbuf_discard(b)
            if handler == ERR_NAMEREPLACE:
                not_yet("the namereplace error handler")
                return ERROR_VALUE
            return raise_encode_error(enc, s, index, end,
                                      "surrogates not allowed" if enc == ENC_UTF8 else (
                                          "ordinal not in range(256)" if enc == ENC_LATIN1
                                          else "ordinal not in range(128)"))
        if handler == ERR_UNKNOWN:
            strbuf_discard(b)
            return raise_unknown_handler(errors, encoding, 0)
        while index < end:
            c = utf8_decode_at(p + o)
            if handler == ERR_REPLACE:
                strbuf_put_byte(b, 63)
            elif handler == ERR_BACKSLASHREPLACE:
                put_backslash_escape(b, c)
            elif handler == ERR_XMLCHARREFREPLACE:
                put_xmlcharref(b, c)
            elif handler == ERR_SURROGATEESCAPE or handler == ERR_SURROGATEPASS:
                if handler == ERR_SURROGATEPASS and enc == ENC_UTF8:
                    strbuf_put_bytes(b, p + o, 3)
                elif handler == ERR_SURROGATEESCAPE and c >= 0xDC80 and c <= 0xDCFF:
                    strbuf_put_byte(b, c - 0xDC00)
                else:
                    strbuf_discard(b)
                    return raise_encode_error(enc, s, index, end,
                                              "surrogates not allowed" if enc == ENC_UTF8 else (
                                                  "ordinal not in range(256)" if enc == ENC_LATIN1
                                                  else "ordinal not in range(128)"))
            o += utf8_width(load_u8(p + o))
            index += 1
    return strbuf_finish_bytes(b)


# Decoding.

UTF8_ERROR_START: i32 = 0   # set by utf8_scan when it stops at an error
UTF8_ERROR_END: i32 = 0
UTF8_ERROR_REASON: i64 = 0


def is_continuation(c: i32) -> i32:
    return (c & 0xC0) == 0x80


def utf8_scan(p: i32, i: i32, n: i32) -> i32:
    """The offset of the first invalid UTF-8 from i (n when there is none), with the
    error's range and reason as CPython's decoder reports them in UTF8_ERROR_*."""
    while i < n:
        c: i32 = load_u8(p + i)
        if c < 0x80:
            i += 1
            continue
        bad: i32 = 0  # 1 invalid start, 2..4 invalid continuation (bytes + 1), 5 end of data
        rest: i32 = n - i
        if c < 0xC2:
            bad = 1
        elif c < 0xE0:
            if rest < 2:
                bad = 5
            elif not is_continuation(load_u8(p + i + 1)):
                bad = 2
            else:
                i += 2
                continue
        elif c < 0xF0:
            if rest < 2:
                bad = 5
            else:
                c2: i32 = load_u8(p + i + 1)
                if not is_continuation(c2) or (c == 0xE0 and c2 < 0xA0) or (c == 0xED and c2 >= 0xA0):
                    bad = 2
                elif rest < 3:
                    bad = 5
                elif not is_continuation(load_u8(p + i + 2)):
                    bad = 3
                else:
                    i += 3
                    continue
        elif c < 0xF5:
            if rest < 2:
                bad = 5
            else:
                c3: i32 = load_u8(p + i + 1)
                if not is_continuation(c3) or (c == 0xF0 and c3 < 0x90) or (c == 0xF4 and c3 >= 0x90):
                    bad = 2
                elif rest < 3:
                    bad = 5
                elif not is_continuation(load_u8(p + i + 2)):
                    bad = 3
                elif rest < 4:
                    bad = 5
                elif not is_continuation(load_u8(p + i + 3)):
                    bad = 4
                else:
                    i += 4
                    continue
        else:
            bad = 1
        UTF8_ERROR_START = i
        if bad == 1:
            UTF8_ERROR_END = i + 1
            UTF8_ERROR_REASON = "invalid start byte"
        elif bad == 5:
            UTF8_ERROR_END = n
            UTF8_ERROR_REASON = "unexpected end of data"
        else:
            UTF8_ERROR_END = i + bad - 1
            UTF8_ERROR_REASON = "invalid continuation byte"
        return i
    return n


def latin1_decode(p: i32, n: i32) -> obj:
    """The n bytes at p as a str of the code points 0-255."""
    b: i32 = strbuf_new(n)
    if b == 0:
        return ERROR_VALUE
    for i in range(0, n):
        strbuf_put_cp(b, load_u8(p + i))
    return strbuf_finish(b)


def decode_memory(p: i32, n: i32, encoding: obj, errors: obj) -> obj:
    """The n bytes at p decoded to a str."""
    if codec_args("decode", encoding, errors) != 0:
        return ERROR_VALUE
    enc: i32 = encoding_id(encoding)
    if enc == ENC_UNKNOWN:
        return raise_unknown_encoding(encoding)
    if enc == ENC_LATIN1:
        return latin1_decode(p, n)
    first: i32 = 0
    if enc == ENC_UTF8:
        first = utf8_scan(p, 0, n)
    else:
        while first < n and load_u8(p + first) < 128:
            first += 1
        UTF8_ERROR_START = first
        UTF8_ERROR_END = first + 1
        UTF8_ERROR_REASON = "ordinal not in range(128)"
    if first == n:
        return str_from_utf8(p, n)
    handler: i32 = errors_id(errors)
    b: i32 = strbuf_new(n + 8)
    if b == 0:
        return ERROR_VALUE
    strbuf_put_bytes(b, p, first)
    i: i32 = first
    while i < n:
        start: i32 = UTF8_ERROR_START
        end: i32 = UTF8_ERROR_END
        next: i32 = end
        if handler == ERR_IGNORE:
            pass
        elif handler == ERR_REPLACE:
            strbuf_put_cp(b, 0xFFFD)
        elif handler == ERR_BACKSLASHREPLACE:
            for k in range(start, end):
                strbuf_put_str(b, "\\x")
                q: i32 = strbuf_reserve(b, 2)
                if q != 0:
                    write_hex(q, load_u8(p + k), 2)
                    strbuf_advance(b, 2)
        elif handler == ERR_SURROGATEESCAPE:
            for k in range(start, end):
                strbuf_put_cp(b, 0xDC00 + load_u8(p + k))
        elif (handler == ERR_SURROGATEPASS and enc == ENC_UTF8 and start + 3 <= n
              and load_u8(p + start) == 0xED and load_u8(p + start + 1) >= 0xA0
              and load_u8(p + start + 1) <= 0xBF and is_continuation(load_u8(p + start + 2))):
            strbuf_put_bytes(b, p + start, 3)
            next = start + 3
        elif handler == ERR_UNKNOWN:
            strbuf_discard(b)
            return raise_unknown_handler(errors, encoding, 1)
        elif handler == ERR_XMLCHARREFREPLACE or handler == ERR_NAMEREPLACE:
            strbuf_discard(b)
            return raise_codec_error(EXC_TYPE_ERROR, "don't know how to handle UnicodeDecodeError in error callback",
                                     encoding, 1)
        else:
            strbuf_discard(b)
            return raise_decode_error(enc, p, start, end, UTF8_ERROR_REASON)
        i = next
        stop: i32 = 0
        if enc == ENC_UTF8:
            stop = utf8_scan(p, i, n)
        else:
            stop = i
            while stop < n and load_u8(p + stop) < 128:
                stop += 1
            UTF8_ERROR_START = stop
            UTF8_ERROR_END = stop + 1
        strbuf_put_bytes(b, p + i, stop - i)
        i = stop
    return strbuf_finish(b)


def bytes_decode(b: obj, encoding: obj, errors: obj) -> obj:
    """b.decode(encoding, errors) -> str."""
    return decode_memory(bytes_data(b), bytes_length(b), encoding, errors)
