"""functools.lru_cache and functools.cache, written in Python that Molt compiles.

CPython's are C code; these follow functools.py's pure-Python twin (_lru_cache_wrapper,
_make_key): the same keys (positional arguments, a mark, then keyword items; a lone int
or str argument is its own key; typed=True adds the types), the same counts of hits and
misses, the least recently used entry evicted first when maxsize is reached, maxsize 0
caching nothing. A wrapper's __call__ shows no frame in tracebacks (it is C in CPython:
module.py makes it frameless).

`functools.lru_cache` read as a value is a _lru_cache_factory not yet configured: called
with a function (the bare decorator) it wraps it with maxsize 128; called with maxsize
and typed it gives a configured factory, which wraps the function it is called with.
`functools.cache` is a factory configured with maxsize None. The classes are made when
the program starts (enum_classes.lower_module_classes) and read each other by name
(expressions.lower_name: module code reads its module's classes).
"""

FUNCTOOLS_SOURCE = '''
class CacheInfo:
    __module__ = "functools"

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _fields(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % self._fields()

    def __eq__(self, other):
        if isinstance(other, CacheInfo):
            return self._fields() == other._fields()
        return self._fields() == other

    def __hash__(self):
        return hash(self._fields())

    def __iter__(self):
        return iter(self._fields())

    def __getitem__(self, index):
        return self._fields()[index]

    def __len__(self):
        return 4


class _lru_cache_wrapper:
    __module__ = "functools"

    def __init__(self, user_function, maxsize, typed):
        self.__wrapped__ = user_function
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def __call__(self, *args, **kwargs):
        key = args
        if kwargs:
            key += (_lru_cache_wrapper,)
            for item in kwargs.items():
                key += item
        if self._typed:
            key += tuple([type(v) for v in args])
            if kwargs:
                key += tuple([type(v) for v in kwargs.values()])
        elif len(key) == 1 and type(key[0]) in (int, str):
            key = key[0]
        maxsize = self._maxsize
        if maxsize == 0:
            self._misses += 1
            return self.__wrapped__(*args, **kwargs)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache[key]
            if maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **kwargs)
        if key in cache:
            pass
        elif maxsize is None or len(cache) < maxsize:
            cache[key] = result
        else:
            del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info(self):
        return CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache = {}
        self._hits = 0
        self._misses = 0

    def cache_parameters(self):
        return {"maxsize": self._maxsize, "typed": self._typed}


class _lru_cache_factory:
    __module__ = "functools"

    def __init__(self, maxsize, typed, configured):
        self._maxsize = maxsize
        self._typed = typed
        self._configured = configured

    def __call__(self, *args, **kwargs):
        if self._configured:
            return self.decorating_function(*args, **kwargs)
        return self.lru_cache(*args, **kwargs)

    def decorating_function(self, user_function):
        return _lru_cache_wrapper(user_function, self._maxsize, self._typed)

    def lru_cache(self, maxsize=128, typed=False):
        if isinstance(maxsize, int):
            if maxsize < 0:
                maxsize = 0
        elif callable(maxsize) and isinstance(typed, bool):
            return _lru_cache_wrapper(maxsize, 128, typed)
        elif maxsize is not None:
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        return _lru_cache_factory(maxsize, typed, True)
'''
# The classes, in the order they are made (none has a base).
FUNCTOOLS_CLASSES = ["CacheInfo", "_lru_cache_wrapper", "_lru_cache_factory"]
# The functions CPython writes in C, whose frames its tracebacks do not show.
FRAMELESS = frozenset({"functools._lru_cache_wrapper.__call__"})
# What the program's names functools.lru_cache and functools.cache read: a factory made
# with these arguments (maxsize, typed, configured).
FACTORY_ARGUMENTS = {"functools.lru_cache": (128, False, False), "functools.cache": (None, False, True)}
