# object() as a sentinel: identity, hash, type, repr, no attributes, no order.
MISSING = object()
OTHER = object()


def get(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            raise KeyError(key)
        return default
    return value


print(get({'a': 1}, 'a'), get({}, 'b', 2), MISSING is MISSING, MISSING is OTHER, MISSING == OTHER, MISSING != OTHER)
print(type(MISSING).__name__, type(MISSING) is object, isinstance(MISSING, object), bool(MISSING))
print(repr(MISSING).startswith('<object object at 0x'), str(OTHER).startswith('<object object at 0x'))
seen = {MISSING: 'm', OTHER: 'o'}
print(seen[MISSING], seen[OTHER], len({MISSING, OTHER, MISSING}), hash(MISSING) == hash(MISSING))
sentinels = [object() for _ in range(3)]
print(len(set(sentinels)), sentinels[0] in sentinels, object() in sentinels, sentinels.index(sentinels[2]))
try:
    MISSING.x = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    print(MISSING < OTHER)
except TypeError as e:
    print('TypeError:', e)
get({}, 'nope')
