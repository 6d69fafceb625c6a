"""The match statement's tests that need more than one primitive: CPython 3.11's
MATCH_SEQUENCE, MATCH_KEYS, COPY_DICT_WITHOUT_KEYS and MATCH_CLASS (Python/ceval.c).

Compiled code (molt/frontend/patterns.py) calls these; a result of None means "no match",
which is not an error: the case is skipped and the next one tried.
"""

# How a step of a match went, as the helpers below say it.
MATCHED = 1
NO_MATCH = 0
RAISED = -1


def match_is_sequence(v: obj) -> i32:
    """Whether a sequence pattern may match v: a list, a tuple or a range (str, bytes and
    bytearray are excluded by PEP 634; no class of the program is a Sequence)."""
    t: i32 = type_of(v)
    return t == TYPE_LIST or t == TYPE_TUPLE or t == TYPE_RANGE


def match_mapping_values(mapping: obj, keys: obj) -> obj:
    """The values of the tuple `keys` in the dict `mapping`, as a tuple; None when a key is
    missing; ERROR after raising (ValueError for a key given twice, as CPython checks each
    key before looking it up)."""
    n: i32 = tuple_length(keys)
    values: obj = list_new(n)
    if values == ERROR_VALUE:
        return values
    # Keys repeated in the pattern's text are a SyntaxError; only value patterns
    # (Color.RED) can repeat at run time, so a pattern of one key needs no set.
    seen: obj = 0
    if n > 1:
        seen = set_new(TYPE_SET)
        if seen == ERROR_VALUE:
            decref(values)
            return seen
    status: i32 = match_keys_into(mapping, keys, seen, values)
    if seen != 0:
        decref(seen)
    result: obj = NONE_VALUE
    if status == MATCHED:
        result = tuple_from_list(values)
    elif status == RAISED:
        result = ERROR_VALUE
    decref(values)
    return result


def match_keys_into(mapping: obj, keys: obj, seen: obj, values: obj) -> i32:
    """Append each key's value to `values` (NO_MATCH at the first missing one)."""
    for i in range(0, tuple_length(keys)):
        key: obj = tuple_item(keys, i)
        if seen != 0:
            repeated: i32 = set_contains(seen, key)
            if repeated == 0:
                repeated = set_add(seen, key)
            if repeated != 0:
                if repeated == 1:
                    raise_repeated_key(key)
                return RAISED
        found: obj = dict_find(mapping, key)
        if found == ERROR_VALUE:
            return RAISED
        if found == MISSING_VALUE:
            return NO_MATCH
        if list_append(values, found) != 0:
            return RAISED
    return MATCHED


def raise_repeated_key(key: obj) -> None:
    text: obj = py_repr(key)
    if text == ERROR_VALUE:
        return
    raise_with_parts(EXC_VALUE_ERROR, "mapping pattern checks duplicate key (", text, ")")
    decref(text)


def match_mapping_rest(mapping: obj, keys: obj) -> obj:
    """`**rest` of a mapping pattern: a new dict of the items of `mapping` whose keys are
    not in the tuple `keys` (all of which it holds)."""
    rest: obj = dict_new()
    if rest == ERROR_VALUE:
        return rest
    if dict_update(rest, mapping) != 0:
        decref(rest)
        return ERROR_VALUE
    for i in range(0, tuple_length(keys)):
        if dict_delitem(rest, tuple_item(keys, i)) != 0:
            decref(rest)
            return ERROR_VALUE
    return rest


def match_class(subject: obj, cls: obj, positional: i32, keywords: obj) -> obj:
    """A class pattern `cls(p1, ..., pN, k1=..., ...)` with N = `positional` and the
    tuple of str `keywords`: the N positional attributes (named by cls.__match_args__, or
    the subject itself for int(x), str(x) ...) then the keyword ones, as a tuple; None
    when subject is not an instance of cls or lacks an attribute; ERROR after raising
    (CPython's TypeErrors)."""
    t: i32 = type_of(cls)
    if t != TYPE_TYPE and t != TYPE_CLASS:
        return raise_new(EXC_TYPE_ERROR, "called match pattern must be a type")
    if not py_isinstance(subject, cls):
        return NONE_VALUE
    # names[i] is the attribute attributes[i] was read from (None for the subject itself).
    names: obj = list_new(positional + tuple_length(keywords))
    attributes: obj = list_new(positional + tuple_length(keywords))
    result: obj = ERROR_VALUE
    if names != ERROR_VALUE and attributes != ERROR_VALUE:
        status: i32 = match_positional(subject, cls, positional, names, attributes)
        for i in range(0, tuple_length(keywords)):
            if status != MATCHED:
                break
            status = match_attribute(subject, cls, tuple_item(keywords, i), names, attributes)
        result = NONE_VALUE
        if status == MATCHED:
            result = tuple_from_list(attributes)
        elif status == RAISED:
            result = ERROR_VALUE
    if names != ERROR_VALUE:
        decref(names)
    if attributes != ERROR_VALUE:
        decref(attributes)
    return result


def match_positional(subject: obj, cls: obj, count: i32, names: obj, attributes: obj) -> i32:
    """Append the attributes of the `count` positional sub-patterns."""
    if count == 0:
        return MATCHED
    match_args: obj = MISSING_VALUE
    if type_of(cls) == TYPE_CLASS:
        match_args = class_lookup(cls, "__match_args__")
    if match_args == MISSING_VALUE:
        # Without __match_args__, the builtin types match themselves (int(x) binds the
        # int); any other class accepts no positional sub-pattern.
        allowed: i32 = 0
        if type_of(cls) == TYPE_TYPE and matches_itself(load_i32(i32(cls), TYPE_OBJECT_CODE)):
            allowed = 1
        if count > allowed:
            return raise_too_many_subpatterns(cls, allowed, count)
        if list_append(names, NONE_VALUE) != 0 or list_append(attributes, subject) != 0:
            return RAISED
        return MATCHED
    if type_of(match_args) != TYPE_TUPLE:
        return raise_match_args_type(cls, match_args)
    if count > tuple_length(match_args):
        return raise_too_many_subpatterns(cls, tuple_length(match_args), count)
    for i in range(0, count):
        name: obj = tuple_item(match_args, i)
        if not is_str(name):
            raise_with_parts(EXC_TYPE_ERROR, "__match_args__ elements must be strings (got ", type_name(name), ")")
            return RAISED
        status: i32 = match_attribute(subject, cls, name, names, attributes)
        if status != MATCHED:
            return status
    return MATCHED


def matches_itself(code: i32) -> i32:
    """The builtin types whose instances a single positional sub-pattern matches whole
    (CPython's _Py_TPFLAGS_MATCH_SELF; Molt has no bytearray)."""
    return (code == TYPE_STR or code == TYPE_INT or code == TYPE_LIST or code == TYPE_TUPLE
            or code == TYPE_DICT or code == TYPE_SET or code == TYPE_FROZENSET or code == TYPE_BYTES
            or code == TYPECODE_FLOAT or code == TYPECODE_BOOL)


def match_attribute(subject: obj, cls: obj, name: obj, names: obj, attributes: obj) -> i32:
    """Append subject.name; NO_MATCH when subject has no such attribute; TypeError for an
    attribute named twice (by __match_args__ and by a keyword)."""
    for i in range(0, list_length(names)):
        earlier: obj = list_item(names, i)
        if is_str(earlier):
            if str_eq(earlier, name):
                return raise_repeated_attribute(cls, name)
    value: obj = py_getattr(subject, name)
    if value == ERROR_VALUE:
        if exc_catch(EXC_ATTRIBUTE_ERROR):
            return NO_MATCH
        return RAISED
    appended: i32 = list_append(attributes, value)
    decref(value)
    if appended != 0 or list_append(names, name) != 0:
        return RAISED
    return MATCHED


def pattern_class_name(cls: obj) -> obj:
    """The name CPython's messages give a class (tp_name)."""
    if type_of(cls) == TYPE_CLASS:
        return load_i64(i32(cls), CLASS_NAME)
    return load_i64(i32(cls), TYPE_OBJECT_NAME)


def raise_too_many_subpatterns(cls: obj, allowed: i32, given: i32) -> i32:
    """C() accepts 2 positional sub-patterns (3 given)"""
    b: i32 = strbuf_new(64)
    if b == 0:
        return RAISED
    strbuf_put_str(b, pattern_class_name(cls))
    strbuf_put_str(b, "() accepts ")
    strbuf_put_ascii_digits(b, i64(allowed))
    strbuf_put_str(b, " positional sub-pattern" if allowed == 1 else " positional sub-patterns")
    strbuf_put_str(b, " (")
    strbuf_put_ascii_digits(b, i64(given))
    strbuf_put_str(b, " given)")
    message: obj = strbuf_finish(b)
    if message != ERROR_VALUE:
        raise_new(EXC_TYPE_ERROR, message)
        decref(message)
    return RAISED


def raise_repeated_attribute(cls: obj, name: obj) -> i32:
    """C() got multiple sub-patterns for attribute 'x'"""
    text: obj = py_repr(name)
    if text == ERROR_VALUE:
        return RAISED
    head: obj = str_concat3(pattern_class_name(cls), "() got multiple sub-patterns for attribute ", text)
    decref(text)
    if head != ERROR_VALUE:
        raise_new(EXC_TYPE_ERROR, head)
        decref(head)
    return RAISED


def raise_match_args_type(cls: obj, match_args: obj) -> i32:
    """C.__match_args__ must be a tuple (got list)"""
    head: obj = str_concat3(pattern_class_name(cls), ".__match_args__ must be a tuple (got ", type_name(match_args))
    if head != ERROR_VALUE:
        raise_with_parts(EXC_TYPE_ERROR, head, ")", "")
        decref(head)
    return RAISED
