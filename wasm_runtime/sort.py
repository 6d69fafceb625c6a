"""list.sort() and sorted(): a stable merge sort that compares only with `<`, as CPython's
sort does (so the same exceptions are raised for values that do not order)."""

SORT_SCRATCH: i32 = 0
SORT_FAILED: i32 = 0


def less_than(a: obj, b: obj) -> i32:
    """a < b as a truth value: 1, 0, or -1 after raising. Tuples (the usual sort keys)
    compare here item by item, as tuple < tuple does, without building bools."""
    if is_small_int_like(a) and is_small_int_like(b):
        return unbox_int(a) < unbox_int(b)
    if is_str(a) and is_str(b):
        return str_compare(a, b) < 0
    if type_of(a) == TYPE_TUPLE and type_of(b) == TYPE_TUPLE:
        n: i32 = tuple_length(a)
        m: i32 = tuple_length(b)
        i: i32 = 0
        while i < n and i < m:
            x: obj = tuple_item(a, i)
            y: obj = tuple_item(b, i)
            same: i32 = 0
            if is_small_int_like(x) and is_small_int_like(y):
                same = unbox_int(x) == unbox_int(y)
            elif is_str(x) and is_str(y):
                same = str_eq(x, y)
            else:
                same = py_equal(x, y)
                if same < 0:
                    return -1
            if not same:
                return less_than(x, y)
            i += 1
        return n < m
    result: obj = py_lt(a, b)
    if result == ERROR_VALUE:
        return -1
    truth: i32 = py_truth(result)
    decref(result)
    return truth


def merge_sort(keys: i32, values: i32, scratch_keys: i32, scratch_values: i32, n: i32) -> i32:
    """Sort n (key, value) pairs by key, stably: bottom-up merging of runs; 0, or -1 after
    a comparison raised (the arrays then hold every item once, in some order)."""
    width: i32 = 1
    while width < n:
        start: i32 = 0
        while start < n:
            middle: i32 = start + width
            end: i32 = start + 2 * width
            if middle > n:
                middle = n
            if end > n:
                end = n
            i: i32 = start
            j: i32 = middle
            k: i32 = start
            while i < middle and j < end:
                # Take from the right run only when strictly less: stability.
                less: i32 = less_than(load_i64(keys + j * 8), load_i64(keys + i * 8))
                if less < 0:
                    SORT_FAILED = 1
                    less = 0
                if less:
                    store_i64(scratch_keys + k * 8, load_i64(keys + j * 8))
                    store_i64(scratch_values + k * 8, load_i64(values + j * 8))
                    j += 1
                else:
                    store_i64(scratch_keys + k * 8, load_i64(keys + i * 8))
                    store_i64(scratch_values + k * 8, load_i64(values + i * 8))
                    i += 1
                k += 1
            while i < middle:
                store_i64(scratch_keys + k * 8, load_i64(keys + i * 8))
                store_i64(scratch_values + k * 8, load_i64(values + i * 8))
                i += 1
                k += 1
            while j < end:
                store_i64(scratch_keys + k * 8, load_i64(keys + j * 8))
                store_i64(scratch_values + k * 8, load_i64(values + j * 8))
                j += 1
                k += 1
            start = end
        memory_copy(keys, scratch_keys, n * 8)
        memory_copy(values, scratch_values, n * 8)
        width = width * 2
        if SORT_FAILED:
            return -1
    return 0


def list_reverse_in_place(l: obj) -> None:
    n: i32 = list_length(l)
    base: i32 = load_i32(i32(l), LIST_ITEMS)
    i: i32 = 0
    j: i32 = n - 1
    while i < j:
        a: obj = load_i64(base + i * 8)
        store_i64(base + i * 8, load_i64(base + j * 8))
        store_i64(base + j * 8, a)
        i += 1
        j -= 1


def list_sort(l: obj, key: obj, reverse: obj) -> None:
    """l.sort(key=key, reverse=reverse). Reversing keeps equal items in their order, as
    CPython's does (reverse, sort stably, reverse)."""
    n: i32 = list_length(l)
    descending: i32 = reverse != NONE_VALUE and reverse != MISSING_VALUE and py_truth(reverse)
    if n < 2:
        return
    keys: i32 = alloc(n * 32)
    if keys == 0:
        raise_memory_error()
        return
    values: i32 = keys + n * 8
    scratch: i32 = keys + n * 16
    base: i32 = load_i32(i32(l), LIST_ITEMS)
    if descending:
        list_reverse_in_place(l)
    for i in range(0, n):
        v: obj = load_i64(base + i * 8)
        store_i64(values + i * 8, v)
        if key == NONE_VALUE or key == MISSING_VALUE:
            store_i64(keys + i * 8, v)
        else:
            k: obj = call_one(key, v)
            if k == ERROR_VALUE:
                for j in range(0, i):
                    decref(load_i64(keys + j * 8))
                free(keys)
                if descending:
                    list_reverse_in_place(l)
                return
            store_i64(keys + i * 8, k)
    SORT_FAILED = 0
    status: i32 = merge_sort(keys, values, scratch, scratch + n * 8, n)
    if status == 0:
        memory_copy(base, values, n * 8)
        if descending:
            list_reverse_in_place(l)
    elif descending:
        list_reverse_in_place(l)
    if key != NONE_VALUE and key != MISSING_VALUE:
        for i in range(0, n):
            decref(load_i64(keys + i * 8))
    free(keys)
