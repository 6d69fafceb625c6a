"""Binding a call's arguments to a function's parameters, as CPython's
initialize_locals (Python/ceval.c) does, with its TypeErrors.

The result is the tuple a function's entry takes: one value per parameter slot, in order
(positional parameters, *args, keyword-only parameters, **kwargs).
"""

# A slot not filled yet (never a Python value; 0 would be the float 0.0).
UNFILLED = UNBOUND_VALUE


def function_names(f: obj) -> obj:
    """The parameters' names as a tuple (borrowed), split from the spec once."""
    p: i32 = i32(f)
    names: obj = load_i64(p, FUNCTION_NAMES)
    if names == 0:
        parts: obj = str_split(load_i64(p, FUNCTION_PARAMS), " ", MISSING_VALUE)
        if parts == ERROR_VALUE:
            return parts
        names = tuple_from_list(parts)
        decref(parts)
        if names == ERROR_VALUE:
            return names
        store_i64(p, names, FUNCTION_NAMES)
    return names


def bind_arguments(f: obj, args: obj, kwargs: obj) -> obj:
    """The slots of a call of f with the tuple args and the dict kwargs (or MISSING)."""
    p: i32 = i32(f)
    names: obj = function_names(f)
    if names == ERROR_VALUE:
        return names
    posonly: i32 = load_i32(p, FUNCTION_POSONLY)
    argcount: i32 = load_i32(p, FUNCTION_ARGCOUNT)
    kwonly: i32 = load_i32(p, FUNCTION_KWONLY)
    flags: i32 = load_i32(p, FUNCTION_FLAGS)
    varargs: i32 = flags & FUNCTION_VARARGS
    kwonly_start: i32 = argcount + varargs
    n: i32 = tuple_length(names)
    slots: obj = tuple_new(n)
    if slots == ERROR_VALUE:
        return slots
    for i in range(0, n):
        tuple_set(slots, i, UNFILLED)
    given: i32 = tuple_length(args)
    for i in range(0, min_i32(given, argcount)):
        tuple_set(slots, i, new_ref(tuple_item(args, i)))
    if varargs:
        extra: obj = tuple_around(MISSING_VALUE, args, argcount, MISSING_VALUE)
        if extra == ERROR_VALUE:
            return fail_binding(slots)
        tuple_set(slots, argcount, extra)
    varkw: obj = 0
    if flags & FUNCTION_VARKW:
        varkw = dict_new()
        if varkw == ERROR_VALUE:
            return fail_binding(slots)
        tuple_set(slots, n - 1, varkw)
    if kwargs != MISSING_VALUE and bind_keywords(f, slots, names, kwargs, varkw) != 0:
        return fail_binding(slots)
    if given > argcount and not varargs:
        raise_too_many_positional(f, given)
        return fail_binding(slots)
    if fill_positional_defaults(f, slots, names) != 0:
        return fail_binding(slots)
    if fill_keyword_defaults(f, slots, names, kwonly_start, kwonly) != 0:
        return fail_binding(slots)
    return slots


def min_i32(a: i32, b: i32) -> i32:
    if a < b:
        return a
    return b


def fail_binding(slots: obj) -> obj:
    for i in range(0, tuple_length(slots)):
        if tuple_item(slots, i) == UNFILLED:
            tuple_set(slots, i, NONE_VALUE)
    decref(slots)
    return ERROR_VALUE


def parameter_index(names: obj, key: obj, start: i32, stop: i32) -> i32:
    for i in range(start, stop):
        if str_eq(tuple_item(names, i), key):
            return i
    return -1


def bind_keywords(f: obj, slots: obj, names: obj, kwargs: obj, varkw: obj) -> i32:
    """Keyword arguments into their slots (or **kwargs); 0, or -1 after raising."""
    p: i32 = i32(f)
    posonly: i32 = load_i32(p, FUNCTION_POSONLY)
    argcount: i32 = load_i32(p, FUNCTION_ARGCOUNT)
    kwonly_start: i32 = argcount + (load_i32(p, FUNCTION_FLAGS) & FUNCTION_VARARGS)
    kwonly_stop: i32 = kwonly_start + load_i32(p, FUNCTION_KWONLY)
    d: i32 = i32(kwargs)
    ix: i32 = dict_next_entry(d, 0)
    posonly_given: obj = 0
    while ix >= 0:
        entry: i32 = dict_entry(d, ix)
        key: obj = load_i64(entry, ENTRY_KEY)
        value: obj = load_i64(entry, ENTRY_VALUE)
        ix = dict_next_entry(d, ix + 1)
        if not is_str(key):
            # Only ** gives a key that is no str; CPython's vectorcall refuses it so.
            raise_new(EXC_TYPE_ERROR, "keywords must be strings")
            return -1
        j: i32 = parameter_index(names, key, posonly, argcount)
        if j < 0:
            j = parameter_index(names, key, kwonly_start, kwonly_stop)
        if j >= 0:
            if tuple_item(slots, j) != UNFILLED:
                raise_call_message(f, "() got multiple values for argument '", key, "'")
                return -1
            tuple_set(slots, j, new_ref(value))
        elif varkw != 0:
            if dict_setitem(varkw, key, value) != 0:
                return -1
        elif parameter_index(names, key, 0, posonly) >= 0:
            if posonly_given == 0:
                posonly_given = list_new(0)
            list_append(posonly_given, key)
        else:
            raise_call_message(f, "() got an unexpected keyword argument '", key, "'")
            return -1
    if posonly_given != 0:
        joined: obj = str_join(", ", posonly_given)
        decref(posonly_given)
        if joined != ERROR_VALUE:
            raise_call_message(f, "() got some positional-only arguments passed as keyword arguments: '", joined, "'")
            decref(joined)
        return -1
    return 0


def raise_call_message(f: obj, a: obj, b: obj, c: obj) -> None:
    """TypeError(f.__qualname__ + a + b + c)"""
    head: obj = str_concat(load_i64(i32(f), FUNCTION_QUALNAME), a)
    if head == ERROR_VALUE:
        return
    raise_with_parts(EXC_TYPE_ERROR, head, b, c)
    decref(head)


def raise_too_many_positional(f: obj, given: i32) -> None:
    """f() takes 2 positional arguments but 3 were given / takes from 1 to 2 ..."""
    p: i32 = i32(f)
    argcount: i32 = load_i32(p, FUNCTION_ARGCOUNT)
    defaults: obj = load_i64(p, FUNCTION_DEFAULTS)
    least: i32 = argcount
    if defaults != 0:
        least = argcount - tuple_length(defaults)
    expected: obj = int_to_str(i64(argcount))
    if least != argcount:
        low: obj = int_to_str(i64(least))
        span: obj = str_concat3("from ", low, " to ")
        decref(low)
        with_high: obj = str_concat(span, expected)
        decref(span)
        decref(expected)
        expected = with_high
    count: obj = int_to_str(i64(given))
    middle: obj = str_concat3(expected, " positional argument but " if argcount == 1 and least == argcount
                              else " positional arguments but ", count)
    decref(expected)
    decref(count)
    raise_call_message(f, "() takes ", middle, " was given" if given == 1 else " were given")
    decref(middle)


def fill_positional_defaults(f: obj, slots: obj, names: obj) -> i32:
    """Unfilled positional slots take their defaults; the others are missing (TypeError)."""
    p: i32 = i32(f)
    argcount: i32 = load_i32(p, FUNCTION_ARGCOUNT)
    defaults: obj = load_i64(p, FUNCTION_DEFAULTS)
    first_default: i32 = argcount
    if defaults != 0:
        first_default = argcount - tuple_length(defaults)
    missing: obj = 0
    for i in range(0, argcount):
        if tuple_item(slots, i) == UNFILLED:
            if i >= first_default:
                tuple_set(slots, i, new_ref(tuple_item(defaults, i - first_default)))
            else:
                if missing == 0:
                    missing = list_new(0)
                list_append(missing, tuple_item(names, i))
    if missing != 0:
        raise_missing(f, missing, " positional")
        decref(missing)
        return -1
    return 0


def fill_keyword_defaults(f: obj, slots: obj, names: obj, start: i32, count: i32) -> i32:
    kwdefaults: obj = load_i64(i32(f), FUNCTION_KWDEFAULTS)
    missing: obj = 0
    for i in range(start, start + count):
        if tuple_item(slots, i) == UNFILLED:
            found: obj = MISSING_VALUE
            if kwdefaults != 0:
                found = dict_find(kwdefaults, tuple_item(names, i))
            if found != MISSING_VALUE:
                tuple_set(slots, i, new_ref(found))
            else:
                if missing == 0:
                    missing = list_new(0)
                list_append(missing, tuple_item(names, i))
    if missing != 0:
        raise_missing(f, missing, " keyword-only")
        decref(missing)
        return -1
    return 0


def raise_missing(f: obj, missing: obj, kind: obj) -> None:
    """f() missing 2 required positional arguments: 'a' and 'b'"""
    n: i32 = list_length(missing)
    text: obj = new_ref("")
    for i in range(0, n):
        quoted: obj = str_concat3("'", list_item(missing, i), "'")
        separator: obj = ""
        if i > 0:
            separator = ", "
            if i == n - 1:
                separator = " and " if n == 2 else ", and "
        joined: obj = str_concat3(text, separator, quoted)
        decref(text)
        decref(quoted)
        text = joined
    count: obj = int_to_str(i64(n))
    kind_part: obj = str_concat3(" required", kind, " argument: " if n == 1 else " arguments: ")
    tail: obj = str_concat(kind_part, text)
    decref(kind_part)
    decref(text)
    raise_call_message(f, "() missing ", count, tail)
    decref(count)
    decref(tail)


def dict_merge_kwargs(kwargs: obj, mapping: obj, f: obj) -> i32:
    """f(..., **mapping): its items join the call's keyword arguments; TypeError on a
    repeated keyword or a mapping that is neither a dict nor an object with keys()
    (mappings.py). 0, or -1 after raising."""
    if type_of(mapping) != TYPE_DICT:
        status: i32 = mapping_update(kwargs, mapping, f)
        if status == 1:
            head: obj = callable_name(f)
            raise_with_parts(EXC_TYPE_ERROR, head, " argument after ** must be a mapping, not ", type_name(mapping))
            decref(head)
            return -1
        return status
    d: i32 = i32(mapping)
    ix: i32 = dict_next_entry(d, 0)
    while ix >= 0:
        entry: i32 = dict_entry(d, ix)
        key: obj = load_i64(entry, ENTRY_KEY)
        ix = dict_next_entry(d, ix + 1)
        if keyword_repeated(kwargs, key, f):
            return -1
        if dict_setitem(kwargs, key, load_i64(entry, ENTRY_VALUE)) != 0:
            return -1
    return 0


def keyword_repeated(kwargs: obj, key: obj, f: obj) -> i32:
    """1 after raising when the keyword arguments of a call of f have `key` already
    (TypeError: f() got multiple values for keyword argument 'key'); 0 otherwise."""
    found: i32 = dict_contains(kwargs, key)
    if found < 0:
        return 1
    if found:
        head: obj = callable_name(f)
        text: obj = str_concat(head, " got multiple values for keyword argument '")
        decref(head)
        raise_with_parts(EXC_TYPE_ERROR, text, key, "'")
        decref(text)
        return 1
    return 0


def callable_name(f: obj) -> obj:
    """'__main__.f()' for a function of the program, 'dict()' for a builtin type: how
    CPython's _PyObject_FunctionStr names a callable in the errors of ** (a new reference)."""
    t: i32 = type_of(f)
    if t == TYPE_METHOD:
        return callable_name(load_i64(i32(f), METHOD_FUNCTION))
    if t == TYPE_FUNCTION:
        return str_concat3("__main__.", load_i64(i32(f), FUNCTION_QUALNAME), "()")
    if t == TYPE_CLASS:
        return str_concat3("__main__.", load_i64(i32(f), CLASS_NAME), "()")
    if t == TYPE_TYPE:
        return str_concat(load_i64(i32(f), TYPE_OBJECT_NAME), "()")
    return str_concat(type_name(f), " object")


def keywords_check_strings(kwargs: obj) -> i32:
    """0 when every key of the keyword arguments is a str; -1 after CPython's TypeError."""
    d: i32 = i32(kwargs)
    ix: i32 = dict_next_entry(d, 0)
    while ix >= 0:
        if not is_str(load_i64(dict_entry(d, ix), ENTRY_KEY)):
            raise_new(EXC_TYPE_ERROR, "keywords must be strings")
            return -1
        ix = dict_next_entry(d, ix + 1)
    return 0
