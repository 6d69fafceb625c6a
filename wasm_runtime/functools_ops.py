"""functools.reduce and functools.total_ordering."""


def functools_reduce(function: obj, iterable: obj, initial: obj) -> obj:
    """reduce(function, iterable[, initial]) (initial MISSING when not given)."""
    it: obj = py_iter(iterable)
    if it == ERROR_VALUE:
        if exc_catch(EXC_TYPE_ERROR):
            return raise_new(EXC_TYPE_ERROR, "reduce() arg 2 must support iteration")
        return it
    value: obj = initial
    if value == MISSING_VALUE:
        value = py_next(it)
        if value == STOP_VALUE:
            decref(it)
            return raise_new(EXC_TYPE_ERROR, "reduce() of empty iterable with no initial value")
    else:
        incref(value)
    while value != ERROR_VALUE:
        item: obj = py_next(it)
        if item == STOP_VALUE:
            break
        if item == ERROR_VALUE:
            decref(value)
            value = ERROR_VALUE
            break
        args: obj = tuple_new(2)
        if args == ERROR_VALUE:
            decref(value)
            decref(item)
            value = ERROR_VALUE
            break
        tuple_set(args, 0, value)  # the references move into the tuple
        tuple_set(args, 1, item)
        value = py_call(function, args)
        decref(args)
    decref(it)
    return value


def total_ordering_name(i: i32) -> obj:
    """The methods of total_ordering's table: the four roots, each followed by the three it
    gives (molt/frontend/total_ordering.py DERIVED has their functions in this order)."""
    if i == 0:
        return "__lt__"
    if i == 1:
        return "__le__"
    if i == 2:
        return "__gt__"
    return "__ge__"


def derived_name(root: i32, j: i32) -> i32:
    """The j-th method (0..2) the root (0..3, as total_ordering_name) gives."""
    if root == 0:
        return 2 if j == 0 else (1 if j == 1 else 3)
    if root == 1:
        return 3 if j == 0 else (0 if j == 1 else 2)
    if root == 2:
        return 0 if j == 0 else (3 if j == 1 else 1)
    return 1 if j == 0 else (2 if j == 1 else 0)


def functools_total_ordering(cls: obj, derived: obj) -> obj:
    """@total_ordering: the root is the first of __lt__, __le__, __gt__, __ge__ the class has
    (defined or inherited: max() of the names in CPython); the three methods derived from
    it that the class lacks are set from `derived` (twelve functions). ValueError when it
    has none."""
    has: i32 = 0  # bit i: the class has total_ordering_name(i)
    if type_of(cls) == TYPE_CLASS:
        for i in range(0, 4):
            if class_lookup(cls, total_ordering_name(i)) != MISSING_VALUE:
                has = has | (1 << i)
    if has == 0:
        return raise_new(EXC_VALUE_ERROR, "must define at least one ordering operation: < > <= >=")
    root: i32 = ctz(has)
    namespace: obj = load_i64(i32(cls), CLASS_DICT)
    for j in range(0, 3):
        name: i32 = derived_name(root, j)
        if (has & (1 << name)) == 0:
            if dict_setitem(namespace, total_ordering_name(name), tuple_item(derived, root * 3 + j)) != 0:
                return ERROR_VALUE
    return new_ref(cls)
