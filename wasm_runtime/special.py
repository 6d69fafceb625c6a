"""Special methods of the program's classes: how the generic operations (ops.py,
protocol.py, hash.py ...) reach __add__, __eq__, __len__, __iter__ and the others.

As in CPython, a special method is looked up on the instance's class, never on the
instance. A hook that finds no method, or whose method returns NotImplemented, returns
MISSING_VALUE, and the generic operation goes on as for any other type (which mostly
means raising CPython's TypeError).
"""

# NotImplemented: an immortal static object of its own type.
NOT_IMPLEMENTED_OBJECT = data_i32([IMMORTAL_REFCNT, TYPE_NOT_IMPLEMENTED])

# The forms of an operator's special method.
FORM_PLAIN = 0      # __add__
FORM_REFLECTED = 1  # __radd__
FORM_INPLACE = 2    # __iadd__


def not_implemented() -> obj:
    return box_ptr(NOT_IMPLEMENTED_OBJECT)


def class_of_instance(v: obj) -> obj:
    """v's class when v is an instance of a class of the program, else 0."""
    if type_of(v) != TYPE_INSTANCE:
        return 0
    return load_i64(i32(v), INSTANCE_CLASS)


def special_method(v: obj, name: obj) -> obj:
    """The special method `name` of v's class (borrowed), or MISSING_VALUE when v is no
    instance or its class has none."""
    cls: obj = class_of_instance(v)
    if cls == 0:
        return MISSING_VALUE
    return class_lookup(cls, name)


def call_with_self(f: obj, self: obj, args: obj, kwargs: obj) -> obj:
    """f(self, *args, **kwargs), or f(*args, **kwargs) when self is MISSING_VALUE: the one
    way from the generic operations into the machinery of calls. The program provides it
    (molt/frontend/module.py): call_with_self_of_class when it has classes; without, no
    instance exists to get here, and the program does not carry the machinery."""
    ...


def call_with_self_of_class(f: obj, self: obj, args: obj, kwargs: obj) -> obj:
    if self == MISSING_VALUE:
        return py_call_kw(f, args, kwargs)
    full: obj = tuple_around(self, args, 0, MISSING_VALUE)
    if full == ERROR_VALUE:
        return full
    result: obj = py_call_kw(f, full, kwargs)
    decref(full)
    return result


def call_method(m: obj, self: obj, args: obj) -> obj:
    """The class attribute m called on self with the tuple args: a function gets self
    first, as a method; anything else is bound as attribute access binds it."""
    return call_method_kw(m, self, args, MISSING_VALUE)


def call_method_kw(m: obj, self: obj, args: obj, kwargs: obj) -> obj:
    if type_of(m) == TYPE_FUNCTION:
        return call_with_self(m, self, args, kwargs)
    bound: obj = bind_class_attribute(m, self, class_of(self))
    if bound == ERROR_VALUE:
        return bound
    result: obj = call_with_self(bound, MISSING_VALUE, args, kwargs)
    decref(bound)
    return result


def call_method_0(m: obj, self: obj) -> obj:
    """The class attribute m called on self without arguments."""
    args: obj = tuple_new(0)
    if args == ERROR_VALUE:
        return args
    result: obj = call_method(m, self, args)
    decref(args)
    return result


def call_method_1(m: obj, self: obj, a: obj) -> obj:
    """The class attribute m called on self with one argument."""
    args: obj = tuple_new(1)
    if args == ERROR_VALUE:
        return args
    tuple_init(args, 0, a)
    result: obj = call_method(m, self, args)
    decref(args)
    return result


def call_special(v: obj, name: obj, args: obj) -> obj:
    """v.name(*args) for the special method `name` of v's class: its result, or
    MISSING_VALUE when there is no such method or it returns NotImplemented."""
    m: obj = special_method(v, name)
    if m == MISSING_VALUE:
        return MISSING_VALUE
    return unless_not_implemented(call_method(m, v, args))


def unless_not_implemented(result: obj) -> obj:
    """MISSING_VALUE for NotImplemented (immortal: nothing to release), else result."""
    if result == not_implemented():
        return MISSING_VALUE
    return result


def call_special_0(v: obj, name: obj) -> obj:
    m: obj = special_method(v, name)
    if m == MISSING_VALUE:
        return MISSING_VALUE
    return unless_not_implemented(call_method_0(m, v))


def call_special_1(v: obj, name: obj, a: obj) -> obj:
    m: obj = special_method(v, name)
    if m == MISSING_VALUE:
        return MISSING_VALUE
    return unless_not_implemented(call_method_1(m, v, a))


def call_special_2(v: obj, name: obj, a: obj, b: obj) -> obj:
    args: obj = tuple_new(2)
    if args == ERROR_VALUE:
        return args
    tuple_init(args, 0, a)
    tuple_init(args, 1, b)
    result: obj = call_special(v, name, args)
    decref(args)
    return result


def operator_method_name(op: i32, form: i32) -> obj:
    """The special method of an operator (OP_*) in a form (FORM_*): __add__, __radd__, __iadd__."""
    if op == OP_ADD:
        return "__add__" if form == FORM_PLAIN else ("__radd__" if form == FORM_REFLECTED else "__iadd__")
    if op == OP_SUB:
        return "__sub__" if form == FORM_PLAIN else ("__rsub__" if form == FORM_REFLECTED else "__isub__")
    if op == OP_MUL:
        return "__mul__" if form == FORM_PLAIN else ("__rmul__" if form == FORM_REFLECTED else "__imul__")
    if op == OP_TRUEDIV:
        return "__truediv__" if form == FORM_PLAIN else ("__rtruediv__" if form == FORM_REFLECTED else "__itruediv__")
    if op == OP_FLOORDIV:
        return "__floordiv__" if form == FORM_PLAIN else ("__rfloordiv__" if form == FORM_REFLECTED else "__ifloordiv__")
    if op == OP_MOD:
        return "__mod__" if form == FORM_PLAIN else ("__rmod__" if form == FORM_REFLECTED else "__imod__")
    if op == OP_POW:
        return "__pow__" if form == FORM_PLAIN else ("__rpow__" if form == FORM_REFLECTED else "__ipow__")
    if op == OP_AND:
        return "__and__" if form == FORM_PLAIN else ("__rand__" if form == FORM_REFLECTED else "__iand__")
    if op == OP_OR:
        return "__or__" if form == FORM_PLAIN else ("__ror__" if form == FORM_REFLECTED else "__ior__")
    if op == OP_XOR:
        return "__xor__" if form == FORM_PLAIN else ("__rxor__" if form == FORM_REFLECTED else "__ixor__")
    if op == OP_LSHIFT:
        return "__lshift__" if form == FORM_PLAIN else ("__rlshift__" if form == FORM_REFLECTED else "__ilshift__")
    return "__rshift__" if form == FORM_PLAIN else ("__rrshift__" if form == FORM_REFLECTED else "__irshift__")


def reflected_first(a: obj, b: obj, reflected: obj, need_override: i32) -> i32:
    """Whether b's reflected method goes first: b's class is a proper subclass of a's (for
    an arithmetic operator, one that overrides the method), CPython's rule so that a
    subclass can take over its base's operators."""
    ca: obj = class_of_instance(a)
    cb: obj = class_of_instance(b)
    if ca == 0 or cb == 0 or ca == cb or not is_subclass_of(cb, ca):
        return 0
    if not need_override:
        return 1
    mine: obj = class_lookup(cb, reflected)
    return mine != MISSING_VALUE and class_lookup(ca, reflected) != mine


def instance_binary(op: i32, a: obj, b: obj) -> obj:
    """a op b by the special methods: a.__op__(b), then b.__rop__(a) when b's class is
    another; MISSING_VALUE when neither gives a result."""
    plain: obj = operator_method_name(op, FORM_PLAIN)
    reflected: obj = operator_method_name(op, FORM_REFLECTED)
    if class_of_instance(a) == class_of_instance(b):
        return call_special_1(a, plain, b)
    if reflected_first(a, b, reflected, 1):
        return either_way(b, reflected, a, plain)
    return either_way(a, plain, b, reflected)


def either_way(a: obj, name: obj, b: obj, reflected: obj) -> obj:
    """a.name(b), else b.reflected(a); MISSING_VALUE when neither gives a result."""
    result: obj = call_special_1(a, name, b)
    if result != MISSING_VALUE:
        return result
    return call_special_1(b, reflected, a)


def instance_inplace(op: i32, a: obj, b: obj) -> obj:
    """a op= b by a.__iop__(b); MISSING_VALUE when it has none (then a = a op b)."""
    return call_special_1(a, operator_method_name(op, FORM_INPLACE), b)


def comparison_method_name(op: i32) -> obj:
    if op == CMP_LT:
        return "__lt__"
    if op == CMP_LE:
        return "__le__"
    if op == CMP_GT:
        return "__gt__"
    return "__ge__"


def reflected_comparison(op: i32) -> i32:
    """a < b is b > a: the comparison b's method answers."""
    if op == CMP_LT:
        return CMP_GT
    if op == CMP_LE:
        return CMP_GE
    if op == CMP_GT:
        return CMP_LT
    return CMP_LE


def instance_compare(op: i32, a: obj, b: obj) -> obj:
    """a < b (<=, >, >=) by a.__lt__(b), then b.__gt__(a); MISSING_VALUE when neither
    gives a result."""
    name: obj = comparison_method_name(op)
    reflected: obj = comparison_method_name(reflected_comparison(op))
    if reflected_first(a, b, reflected, 0):
        return either_way(b, reflected, a, name)
    return either_way(a, name, b, reflected)


def instance_equal(a: obj, b: obj, negate: i32) -> obj:
    """a == b (or a != b when negate) where one is an instance: __eq__ (__ne__) of each
    in CPython's order, where __ne__ defaults to the negation of __eq__; identity when
    neither answers."""
    first: obj = a
    second: obj = b
    if reflected_first(a, b, "__eq__", 0):
        first = b
        second = a
    result: obj = equality_of(first, second, negate)
    if result == MISSING_VALUE:
        result = equality_of(second, first, negate)
    if result == MISSING_VALUE:
        return box_bool((a == b) != negate)
    return result


def equality_of(a: obj, b: obj, negate: i32) -> obj:
    """a.__eq__(b) (a.__ne__(b) when negate, or not a.__eq__(b) when a's class has no
    __ne__); MISSING_VALUE when a has neither or it returns NotImplemented."""
    if negate and special_method(a, "__ne__") != MISSING_VALUE:
        return call_special_1(a, "__ne__", b)
    equal: obj = call_special_1(a, "__eq__", b)
    if not negate or equal == MISSING_VALUE or equal == ERROR_VALUE:
        return equal
    truth: i32 = py_truth(equal)
    decref(equal)
    if EXC_CURRENT != 0:
        return ERROR_VALUE
    return box_bool(truth == 0)


def instance_equal_test(a: obj, b: obj) -> i32:
    """a == b as containers compare: 1, 0, or -1 after raising."""
    result: obj = instance_equal(a, b, 0)
    if result == ERROR_VALUE:
        return -1
    truth: i32 = py_truth(result)
    decref(result)
    if EXC_CURRENT != 0:
        return -1
    return truth


def instance_unary(v: obj, name: obj, symbol: obj) -> obj:
    """-v, +v, ~v, abs(v) by the special method `name`; TypeError without one."""
    result: obj = call_special_0(v, name)
    if result == MISSING_VALUE:
        return raise_unary_error(symbol, v)
    return result


def instance_hash(v: obj) -> i64:
    """hash(v): __hash__'s int (reduced as CPython reduces ints), the identity hash without
    one, TypeError when the class set __hash__ to None (it defined __eq__ alone)."""
    m: obj = special_method(v, "__hash__")
    if m == MISSING_VALUE:
        return identity_hash(i32(v))
    if m == NONE_VALUE:
        return raise_unhashable(v)
    args: obj = tuple_new(0)
    if args == ERROR_VALUE:
        return -1
    result: obj = call_method(m, v, args)
    decref(args)
    if result == ERROR_VALUE:
        return -1
    if not is_int_like(result):
        decref(result)
        raise_new(EXC_TYPE_ERROR, "__hash__ method should return an integer")
        return -1
    h: i64 = py_hash(result)
    decref(result)
    return h


def instance_truth(v: obj) -> i32:
    """bool(v): __bool__, else __len__() != 0, else True; the exception flag tells errors."""
    result: obj = call_special_0(v, "__bool__")
    if result != MISSING_VALUE:
        if result == ERROR_VALUE:
            return 0
        if not is_bool(result):
            raise_with_parts(EXC_TYPE_ERROR, "__bool__ should return bool, returned ", type_name(result), "")
            decref(result)
            return 0
        return i32(result & 1)
    if special_method(v, "__len__") == MISSING_VALUE:
        return 1
    n: i64 = instance_len(v)
    if EXC_CURRENT != 0:
        return 0
    truth: i32 = n != 0
    int_decref(n)
    return truth


def instance_len(v: obj) -> i64:
    """len(v) by __len__, as an INT form: TypeError without it or for a non-int, ValueError
    below zero."""
    result: obj = call_special_0(v, "__len__")
    if result == MISSING_VALUE:
        raise_type_message("object of type '", v, "' has no len()")
        return 0
    if result == ERROR_VALUE:
        return 0
    if not is_int_like(result):
        raise_type_message("'", result, "' object cannot be interpreted as an integer")
        decref(result)
        return 0
    if not is_small_int_like(result) and big_bit_length(i32(result)) > 63:
        decref(result)
        raise_index_overflow()  # as CPython's PyNumber_AsSsize_t
        return 0
    n: i64 = int_unbox(result)
    if n < 0:
        int_decref(n)
        raise_new(EXC_VALUE_ERROR, "__len__() should return >= 0")
        return 0
    return n


def instance_iter(v: obj) -> obj:
    """iter(v) by __iter__; its result must be an iterator (have __next__)."""
    it: obj = call_special_0(v, "__iter__")
    if it == MISSING_VALUE:
        if special_method(v, "__getitem__") != MISSING_VALUE:
            return iterator_new(ITER_SEQUENCE, v, 0)
        return raise_type_message("'", v, "' object is not iterable")
    if it == ERROR_VALUE:
        return it
    if type_of(it) != TYPE_ITERATOR and special_method(it, "__next__") == MISSING_VALUE:
        result: obj = raise_type_message("iter() returned non-iterator of type '", it, "'")
        decref(it)
        return result
    return it


def sequence_iter_next(it: obj) -> obj:
    """The old protocol of iteration: v[0], v[1] ... until IndexError (or StopIteration)."""
    position: i64 = iterator_position(it)
    if position < 0:
        return STOP_VALUE  # exhausted before
    item: obj = call_special_1(iterator_source(it), "__getitem__", box_int(position))
    if item == MISSING_VALUE:  # the class lost its __getitem__
        return raise_type_message("'", iterator_source(it), "' object is not subscriptable")
    if item == ERROR_VALUE and (exc_catch(EXC_INDEX_ERROR) or exc_catch(EXC_STOP_ITERATION)):
        iterator_set_position(it, -1)
        return STOP_VALUE
    if item != ERROR_VALUE:
        iterator_set_position(it, position + 1)
    return item


def instance_next(it: obj) -> obj:
    """The next item by __next__: STOP_VALUE when it raises StopIteration."""
    item: obj = call_special_0(it, "__next__")
    if item == MISSING_VALUE:
        return raise_type_message("'", it, "' object is not an iterator")
    if item == ERROR_VALUE and exc_catch(EXC_STOP_ITERATION):
        return STOP_VALUE
    return item


def instance_contains(c: obj, v: obj) -> i32:
    """v in c by __contains__, else by iterating c: 1, 0, or -1 after raising."""
    result: obj = call_special_1(c, "__contains__", v)
    if result == MISSING_VALUE:
        if special_method(c, "__iter__") == MISSING_VALUE and special_method(c, "__getitem__") == MISSING_VALUE:
            raise_type_message("argument of type '", c, "' is not iterable")
            return -1
        it: obj = instance_iter(c)
        if it == ERROR_VALUE:
            return -1
        found: i32 = iterator_contains(it, v)
        decref(it)
        return found
    if result == ERROR_VALUE:
        return -1
    truth: i32 = py_truth(result)
    decref(result)
    if EXC_CURRENT != 0:
        return -1
    return truth


def instance_subscript(c: obj, name: obj, key: obj, message: obj) -> obj:
    """c.__getitem__(key) or c.__delitem__(key); TypeError `message` without it."""
    result: obj = call_special_1(c, name, key)
    if result == MISSING_VALUE:
        return raise_type_message("'", c, message)
    return result


def instance_setitem(c: obj, key: obj, value: obj) -> None:
    result: obj = call_special_2(c, "__setitem__", key, value)
    if result == MISSING_VALUE:
        raise_type_message("'", c, "' object does not support item assignment")
        return
    decref(result)


def instance_call(v: obj, args: obj, kwargs: obj) -> obj:
    """v(*args, **kwargs) by __call__."""
    m: obj = special_method(v, "__call__")
    if m == MISSING_VALUE:
        return raise_type_message("'", v, "' object is not callable")
    return call_method_kw(m, v, args, kwargs)


def instance_format(v: obj, spec: obj) -> obj:
    """format(v, spec) by __format__, whose result must be a str; without one, an empty
    spec gives str(v) and any other a TypeError (object.__format__)."""
    result: obj = call_special_1(v, "__format__", spec)
    if result == MISSING_VALUE:
        if str_size(spec) != 0:
            return raise_with_parts(EXC_TYPE_ERROR, "unsupported format string passed to ", type_name(v), ".__format__")
        return py_str(v)
    if result != ERROR_VALUE and not is_str(result):
        error: obj = raise_type_message("__format__ must return a str, not ", result, "")
        decref(result)
        return error
    return result


def checked_text(result: obj, name: obj) -> obj:
    """The result of __repr__ or __str__ (`name`): a str, else TypeError."""
    if result == ERROR_VALUE or is_str(result):
        return result
    return raise_returned_non(name, "string", result)


def instance_number(v: obj, name: obj, want_float: i32) -> obj:
    """v.__index__(), v.__int__() or v.__float__(): MISSING_VALUE without it, TypeError
    when its result is not an int (a float when want_float)."""
    result: obj = call_special_0(v, name)
    if result == MISSING_VALUE or result == ERROR_VALUE:
        return result
    if (is_float(result) if want_float else is_int_like(result)):
        return result
    return raise_returned_non(name, "float" if want_float else "int", result)


def raise_returned_non(name: obj, what: obj, result: obj) -> obj:
    """TypeError: __str__ returned non-string (type int); result is consumed."""
    head: obj = str_concat3(name, " returned non-", what)
    if head != ERROR_VALUE:
        message: obj = str_concat3(head, " (type ", type_name(result))
        decref(head)
        if message != ERROR_VALUE:
            raise_with_parts(EXC_TYPE_ERROR, message, ")", "")
            decref(message)
    decref(result)
    return ERROR_VALUE
