"""Instance layouts (Tier 0 of docs/design.md): the attributes a class's methods assign to
`self` live in fixed slots of its instances, and the attribute sites of compiled code
cache where they are.

A class's layout is a tuple of attribute names: its first base's layout, then the names of
its other bases' layouts that this lacks, then its own names (its __slots__ and what its
methods assign as self.NAME, which the compiler lists). A class keeps every slot of its
first base at the same offset, so a method's cached site serves its subclasses too.

An instance holds slot i at INSTANCE_SLOTS + 8 * i; UNBOUND_VALUE is an attribute not set.
While an instance has no attribute dict, its slots hold its layout's attributes. Once it
has one (an attribute outside its layout was set, or vars() or __dict__ asked for it),
every attribute is in the dict and the slots are dead: object_dict moves them there.
In a program that can never ask for an instance's dict (SPLIT_DICTS, which the compiler
sets through program_mode: no `__dict__`, no vars(), no attribute named at run time), the
dict holds only the attributes outside the layout, and the slots stay the attributes'.

A site's cache (zeroed static data, one per site) has CACHE_WAYS entries, so that a
method of a base class serves instances of its subclasses from one site:
    +0   i64  the key the entry holds for: 0, or the class's address with CLASS_EPOCH
              above it
    +8   i32  the slot's offset in the instance (attribute sites), or
         obj  the function the class has for the name (method call sites; borrowed)
A site that meets more classes than it has entries takes turns among them (CACHE_NEXT
counts). Setting or deleting an attribute of a class moves CLASS_EPOCH on, so that no site
trusts what it cached before.

Families (the compiler's molt/frontend/families.py): where the compiler knows every class
that can share a layout, it numbers the classes so that a class and its subclasses by
first base have consecutive numbers (CLASS_FAMILY). In a method of such a class, `self`
is tested once, on entry, for being an instance of a class of its family; then
`self.name` for a name of the layout is a load from the slot the compiler computed.
That holds while the class keeps its number: a class loses it when one of its instances
gets a dict (its slots are then dead), and every class of a family loses it when a class
of a family is changed (its methods and attributes may then be others than the compiler
found). Each loss moves FAMILY_EPOCH on. The fast paths test no instance's dict: what the
code knows of a class's number (self's, tested on entry; a local's, at each store) it
knows with the epoch of the moment, and it trusts it while the epoch has not moved (a
loss in between sends the rest of the way to the generic paths).
"""

INSTANCE_SLOTS = 24
CACHE_WAYS = 4
CACHE_ENTRY = 16
CACHE_KEY = 0
CACHE_VALUE = 8
CLASS_EPOCH: i64 = 1
CACHE_NEXT: i32 = 0
FAMILY_EPOCH: i32 = 0  # how many classes lost their numbers (at most one each: < 2**16)
FAMILY_CLASSES: i64 = 0  # a list of the classes given a number, made with the first
SPLIT_DICTS: i32 = 0  # an instance's dict holds only what its layout lacks (above)
FAMILIES_FROZEN: i32 = 0  # no class can lose its number: the compiler dropped the tests


def program_mode(split_dicts: i32, frozen: i32) -> None:
    """What the compiler proved of the program (molt/frontend/families.py: ProgramShape),
    set before its first statement."""
    SPLIT_DICTS = split_dicts
    FAMILIES_FROZEN = frozen


def layout_new(bases: obj, own: obj) -> obj:
    """The layout of a class with these bases (classes and builtin exception types) and
    its own names (a tuple)."""
    names: obj = list_new(0)
    if names == ERROR_VALUE:
        return names
    for i in range(0, tuple_length(bases)):
        base: obj = tuple_item(bases, i)
        if type_of(base) == TYPE_CLASS:
            add_new_names(names, load_i64(i32(base), CLASS_LAYOUT))
    add_new_names(names, own)
    layout: obj = tuple_from_list(names)
    decref(names)
    return layout


def add_new_names(names: obj, more: obj) -> None:
    for i in range(0, tuple_length(more)):
        name: obj = tuple_item(more, i)
        if sequence_contains(names, name) == 0:
            list_append(names, name)


def layout_index_new(layout: obj) -> obj:
    """name -> slot number, for the attribute functions that get a name at run time."""
    index: obj = dict_new()
    if index == ERROR_VALUE:
        return index
    for i in range(0, tuple_length(layout)):
        dict_setitem(index, tuple_item(layout, i), box_int(i64(i)))
    return index


def layout_slot(cls: obj, name: obj) -> i32:
    """The slot number of attribute `name` in instances of cls, or -1."""
    found: obj = dict_find(load_i64(i32(cls), CLASS_LAYOUT_INDEX), name)
    if found == MISSING_VALUE or found == ERROR_VALUE:
        return -1
    return i32(unbox_int(found))


def slot_address(v: obj, i: i32) -> i32:
    return i32(v) + INSTANCE_SLOTS + i * 8


def slot_count(cls: obj) -> i32:
    return tuple_length(load_i64(i32(cls), CLASS_LAYOUT))


def cache_key(cls: obj) -> i64:
    return (CLASS_EPOCH << 32) | u64(i32(cls))


def classes_changed(cls: obj) -> None:
    CLASS_EPOCH += 1
    if load_i32(i32(cls), CLASS_FAMILY_GIVEN) != 0:
        for i in range(0, list_length(FAMILY_CLASSES)):
            class_unnumbered(list_item(FAMILY_CLASSES, i))


def class_set_family(cls: obj, family: i32, layout: obj) -> None:
    """Give cls its family number, the compiler having computed its layout as `layout`
    (molt/frontend/families.py): the offsets compiled into the fast paths are right only
    if that is the layout the class got here, which is checked."""
    same: obj = py_eq(load_i64(i32(cls), CLASS_LAYOUT), layout)
    if same != TRUE_VALUE:
        decref(same)
        raise_new(EXC_RUNTIME_ERROR, "molt internal error: a class's layout is not the one compiled in")
        return
    if FAMILY_CLASSES == 0:
        FAMILY_CLASSES = list_new(0)
    list_append(FAMILY_CLASSES, cls)
    store_i32(i32(cls), family, CLASS_FAMILY)
    store_i32(i32(cls), family, CLASS_FAMILY_GIVEN)


def class_unnumbered(cls: obj) -> None:
    """Instances of cls take the generic paths from now on."""
    if load_i32(i32(cls), CLASS_FAMILY) != 0:
        if FAMILIES_FROZEN != 0:
            # The compiler proved that this never happens and compiled the fast paths
            # without their tests: stop rather than read a wrong slot.
            unreachable()
        store_i32(i32(cls), 0, CLASS_FAMILY)
        FAMILY_EPOCH += 1


@inline
def numbered_now(v: obj) -> i32:
    """class_number(v) with the epoch above it: what a local's register holds."""
    return class_number(v) | (FAMILY_EPOCH << 16)


@inline
def family_member(known: i32, first: i32, count: i32) -> i32:
    """For self's numbered_now `known` on entry: the epoch + 1 when its class is one of
    [first, first + count), else 0 (what `member` is below)."""
    if in_family(known & 65535, first, count):
        return (known >> 16) + 1
    return 0


@inline
def getattr_static(v: obj, name: obj, member: i32, offset: i32) -> obj:
    """v.name where the compiler knows the slot's offset for a member of v's family."""
    if member == FAMILY_EPOCH + 1:
        return slot_get(v, name, offset)
    return getattr_protected(v, name)


@inline
def getattr_static_borrowed(v: obj, name: obj, member: i32, offset: i32, held: i32) -> obj:
    """getattr_static for a register that borrows the value (passes/borrow.py): no reference
    is taken; one the generic lookup returns is kept in the site's cell `held`."""
    if member == FAMILY_EPOCH + 1:
        return slot_get_borrowed(v, name, offset, held)
    return hold(getattr_protected(v, name), held)


@inline
def setattr_static(v: obj, name: obj, value: obj, member: i32, offset: i32) -> None:
    """v.name = value where the compiler knows the slot's offset (as getattr_static)."""
    if member != FAMILY_EPOCH + 1:
        setattr_protected(v, name, value)
        return
    slot_set(v, value, offset)


@inline
def family_of(v: obj) -> i32:
    """The number of v's class when v is an instance whose slots hold its attributes as
    the compiler knows them; else 0."""
    return class_number(v)


@inline
def class_number(v: obj) -> i32:
    """The number of v's class (CLASS_FAMILY) when v is an instance; else 0."""
    if shr_u(v, TAG_SHIFT) != TAG_PTR:
        return 0
    if load_i32(i32(v), OB_TYPE) != TYPE_INSTANCE:
        return 0
    return load_i32(i32(load_i64(i32(v), INSTANCE_CLASS)), CLASS_FAMILY)


@inline
def plain_number(v: obj, known: i32) -> i32:
    """The number of v's class from `known`, numbered_now(v) of when v was stored, if no
    class has lost its number since; else 0."""
    if (known >> 16) == FAMILY_EPOCH:
        return known & 65535
    return 0


# The sites that test an instance's class against families first call these for any
# other instance, out of line.

def getattr_site(v: obj, name: obj, cache: i32) -> obj:
    return getattr_cached(v, name, cache)


def setattr_site(v: obj, name: obj, value: obj, cache: i32) -> None:
    setattr_cached(v, name, value, cache)


def method_site(v: obj, name: obj, cache: i32) -> obj:
    return method_cached(v, name, cache)


@inline
def in_family(number: i32, first: i32, count: i32) -> i32:
    return lt_u(number - first, count)


@inline
def slot_get(v: obj, name: obj, offset: i32) -> obj:
    """The slot at `offset` of instance v, which holds attribute `name` (looked up as
    usual while the slot is unbound)."""
    item: obj = load_i64(i32(v) + offset)
    if shr_u(item, TAG_SHIFT) == TAG_PTR:
        store_i32(i32(item), load_i32(i32(item)) + 1)
        return item
    if item != UNBOUND_VALUE:
        return item
    return getattr_protected(v, name)


@inline
def slot_get_borrowed(v: obj, name: obj, offset: i32, held: i32) -> obj:
    """slot_get without taking a reference (as getattr_static_borrowed)."""
    item: obj = load_i64(i32(v) + offset)
    if item != UNBOUND_VALUE:
        return item
    return hold(getattr_protected(v, name), held)


def hold(value: obj, held: i32) -> obj:
    """value, a new reference, kept in the cell `held` (which releases the one it kept
    before) and returned borrowed."""
    if value == ERROR_VALUE:
        return value
    old: obj = load_i64(held)
    store_i64(held, value)
    decref(old)
    return value


# The slow paths of the sites may run the program's code (a property, __getattr__,
# __setattr__, __getitem__ ...), which may release what a register borrows for its last
# use in them (passes/borrow.py): they hold references to their arguments while they run.

def getattr_protected(v: obj, name: obj) -> obj:
    incref(v)
    result: obj = py_getattr(v, name)
    decref(v)
    return result


def setattr_protected(v: obj, name: obj, value: obj) -> None:
    incref(v)
    incref(value)
    py_setattr(v, name, value)
    decref(value)
    decref(v)


def getitem_protected(c: obj, key: obj) -> obj:
    incref(c)
    incref(key)
    result: obj = py_getitem(c, key)
    decref(key)
    decref(c)
    return result


def setitem_protected(c: obj, key: obj, value: obj) -> None:
    incref(c)
    incref(key)
    incref(value)
    py_setitem(c, key, value)
    decref(value)
    decref(key)
    decref(c)


@inline
def slot_set(v: obj, value: obj, offset: i32) -> None:
    store_ref(i32(v) + offset, value)


@inline
def slot_store(v: obj, name: obj, value: obj, offset: i32) -> None:
    """v.name = value into the slot the compiler knows (`name` is for the compiler's
    analysis: molt/analysis/facts.py)."""
    slot_set(v, value, offset)


@inline
def store_ref(address: i32, value: obj) -> None:
    """Store value at address, taking a reference to it and releasing the one it replaces."""
    old: obj = load_i64(address)
    if shr_u(value, TAG_SHIFT) == TAG_PTR:
        store_i32(i32(value), load_i32(i32(value)) + 1)
    store_i64(address, value)
    if shr_u(old, TAG_SHIFT) == TAG_PTR:
        count: i32 = load_i32(i32(old)) - 1  # decref's, inline
        if count == 0:
            dealloc(i32(old))
        else:
            store_i32(i32(old), count)


@inline
def slots_valid(v: obj, member: i32) -> i32:
    """A member of its family whose slots hold its attributes: its methods are those the
    compiler found."""
    return member == FAMILY_EPOCH + 1


def cache_entry(cache: i32, key: i64) -> i32:
    """The address of the entry of the cache that holds for `key`, or 0."""
    for i in range(0, CACHE_WAYS):
        entry: i32 = cache + i * CACHE_ENTRY
        if load_i64(entry, CACHE_KEY) == key:
            return entry
    return 0


def cache_learn(cache: i32, key: i64, value: i64) -> None:
    """Make an entry of the cache hold `value` for `key`: a free one, else the next in turn."""
    entry: i32 = cache_entry(cache, 0)
    if entry == 0:
        entry = cache + (CACHE_NEXT & (CACHE_WAYS - 1)) * CACHE_ENTRY
        CACHE_NEXT += 1
    store_i64(entry, key, CACHE_KEY)
    store_i64(entry, value, CACHE_VALUE)


# The three sites below are the hottest code of a program with classes: each is an
# @inline fast path (compiled code gets it at every site, passes/inline.py) that finds the
# cache's entry for the instance's class, and calls a *_miss function for everything else.
# A site often meets several classes (a base class's method runs on instances of each
# subclass), so the fast path looks at every entry.

@inline
def site_entry(v: obj, cache: i32) -> i32:
    """The entry of the cache that holds for v's class when v is an instance whose slots
    hold its attributes (it has no dict); else 0."""
    key: i64 = site_key(v)
    if key == 0:
        return 0
    # CACHE_WAYS entries, written out.
    if load_i64(cache, CACHE_KEY) == key:
        return cache
    if load_i64(cache, CACHE_ENTRY + CACHE_KEY) == key:
        return cache + CACHE_ENTRY
    if load_i64(cache, 2 * CACHE_ENTRY + CACHE_KEY) == key:
        return cache + 2 * CACHE_ENTRY
    if load_i64(cache, 3 * CACHE_ENTRY + CACHE_KEY) == key:
        return cache + 3 * CACHE_ENTRY
    return 0


@inline
def site_key(v: obj) -> i64:
    """The cache key of v's class when v is an instance whose slots hold its attributes
    (it has no dict); 0 otherwise."""
    if shr_u(v, TAG_SHIFT) != TAG_PTR:
        return 0
    p: i32 = i32(v)
    if load_i32(p, OB_TYPE) != TYPE_INSTANCE or load_i64(p, INSTANCE_DICT) != 0:
        return 0
    return (CLASS_EPOCH << 32) | u64(i32(load_i64(p, INSTANCE_CLASS)))


@inline
def getattr_cached(v: obj, name: obj, cache: i32) -> obj:
    """v.name at a site of compiled code: a load from the slot the site's cache names when
    v is an instance of a class it holds for; else the generic lookup, and the cache
    learns v's class."""
    entry: i32 = site_entry(v, cache)
    if entry != 0:
        return slot_get(v, name, load_i32(entry, CACHE_VALUE))
    return getattr_cached_miss(v, name, cache)


def getattr_site_borrowed(v: obj, name: obj, cache: i32, held: i32) -> obj:
    return getattr_cached_borrowed(v, name, cache, held)


@inline
def getattr_cached_borrowed(v: obj, name: obj, cache: i32, held: i32) -> obj:
    """getattr_cached for a register that borrows the value (as getattr_static_borrowed)."""
    entry: i32 = site_entry(v, cache)
    if entry != 0:
        return slot_get_borrowed(v, name, load_i32(entry, CACHE_VALUE), held)
    return hold(getattr_cached_miss(v, name, cache), held)


def getattr_cached_miss(v: obj, name: obj, cache: i32) -> obj:
    learn_site(v, name, cache)
    return getattr_protected(v, name)


def learn_site(v: obj, name: obj, cache: i32) -> None:
    """After a miss: the cache learns v's class, unless it knows it already (the slot
    is unbound) or v is not an instance the cache can serve."""
    key: i64 = site_key(v)
    if key != 0 and cache_entry(cache, key) == 0:
        learn_slot(v, name, cache)


@inline
def setattr_cached(v: obj, name: obj, value: obj, cache: i32) -> None:
    """v.name = value at a site of compiled code (as getattr_cached)."""
    entry: i32 = site_entry(v, cache)
    if entry == 0:
        setattr_cached_miss(v, name, value, cache)
        return
    slot_set(v, value, load_i32(entry, CACHE_VALUE))


def setattr_cached_miss(v: obj, name: obj, value: obj, cache: i32) -> None:
    learn_site(v, name, cache)
    setattr_protected(v, name, value)


def learn_slot(v: obj, name: obj, cache: i32) -> None:
    """Cache the slot of `name` for v's class, unless the class makes it a property (whose
    getter and setter the generic path calls)."""
    cls: obj = load_i64(i32(v), INSTANCE_CLASS)
    i: i32 = layout_slot(cls, name)
    if i < 0:
        return
    if (load_i32(i32(cls), CLASS_FLAGS) & CLASS_HAS_PROPERTIES) != 0 and is_data_descriptor(class_lookup(cls, name)):
        return
    if (load_i32(i32(cls), CLASS_FLAGS) & CLASS_HAS_SETATTR) != 0:
        return  # its __setattr__ decides every store (attribute_hooks.py)
    cache_learn(cache, cache_key(cls), i64(INSTANCE_SLOTS + i * 8))


@inline
def method_cached(v: obj, name: obj, cache: i32) -> obj:
    """The function that v.name(...) calls as a method, at a site of compiled code: the
    plain function v's class has for `name` (a new reference), when v is an instance that
    cannot hold `name` itself; else MISSING_VALUE, and the site takes the generic path."""
    entry: i32 = site_entry(v, cache)
    if entry != 0:
        f: obj = load_i64(entry, CACHE_VALUE)
        store_i32(i32(f), load_i32(i32(f)) + 1)
        return f
    return method_cached_miss(v, name, cache)


def method_cached_miss(v: obj, name: obj, cache: i32) -> obj:
    key: i64 = site_key(v)
    if key == 0:
        return MISSING_VALUE
    cls: obj = load_i64(i32(v), INSTANCE_CLASS)
    if layout_slot(cls, name) >= 0:
        return MISSING_VALUE
    found: obj = class_lookup(cls, name)
    if type_of(found) != TYPE_FUNCTION:
        return MISSING_VALUE
    cache_learn(cache, key, found)
    return new_ref(found)


def instance_slots_dealloc(p: i32) -> None:
    cls: obj = load_i64(p, INSTANCE_CLASS)
    for i in range(0, slot_count(cls)):
        decref(load_i64(p + INSTANCE_SLOTS + i * 8))


def dict_from_slots(v: obj) -> obj:
    """The attribute dict that instance v gets from now on: its bound slots, moved."""
    d: obj = dict_new()
    if d == ERROR_VALUE:
        return d
    cls: obj = load_i64(i32(v), INSTANCE_CLASS)
    layout: obj = load_i64(i32(cls), CLASS_LAYOUT)
    for i in range(0, tuple_length(layout)):
        address: i32 = slot_address(v, i)
        item: obj = load_i64(address)
        if item != UNBOUND_VALUE:
            dict_setitem(d, tuple_item(layout, i), item)
            decref(item)
            store_i64(address, UNBOUND_VALUE)
    return d
