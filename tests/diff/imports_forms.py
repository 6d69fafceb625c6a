"""import m, import m as n, from m import a, b as c: at top level, in functions, in blocks."""
from __future__ import annotations

import sys
import functools as ft
import typing
from typing import TYPE_CHECKING, Dict, List, Optional, cast
from functools import reduce as fold, reduce

if TYPE_CHECKING:
    from collections import OrderedDict  # never runs: only for annotations


def total(xs: List[int]) -> int:
    from functools import reduce
    return reduce(lambda a, b: a + b, xs, 0)


def product(xs: "List[int]") -> int:
    import functools
    return functools.reduce(lambda a, b: a * b, xs)


def longest(words: List[str]) -> Optional[str]:
    if not words:
        return None
    return fold(lambda a, b: b if len(b) > len(a) else a, words)


def nested(xs: List[int]) -> List[int]:
    from functools import reduce as combine

    def running(limit):
        return [combine(lambda a, b: a + b, xs[:i + 1]) for i in range(limit)]

    return (lambda: running(len(xs)))()


def counts(text: str) -> Dict[str, int]:
    import typing as t
    result: t.Dict[str, int] = {}
    for word in text.split():
        result[word] = result.get(word, 0) + 1
    return cast(Dict[str, int], result)


class Stack:
    items: List[int]
    limit: int = 3

    def __init__(self) -> None:
        self.items = []

    def push(self, x: int) -> "Stack":
        self.items.append(x)
        return self

    def od(self) -> OrderedDict[str, int]:
        return typing.cast("OrderedDict[str, int]", {"n": len(self.items)})


print(total([1, 2, 3]), product([1, 2, 3, 4]), longest(["a", "abc", "ab", "xyz"]), longest([]))
print(counts("a b a c b a"), nested([1, 2, 3, 4]))
print(ft.reduce(max, [3, 9, 2]), reduce(lambda a, b: a - b, [10, 1, 2], 100), fold(min, (5, 4, 6)))
print(reduce(lambda acc, kv: acc + kv[1], {"x": 1, "y": 2}.items(), 0))
print(Stack().push(1).push(2).items, Stack.limit, Stack().od())
print(TYPE_CHECKING, typing.TYPE_CHECKING, cast(int, "not checked"), typing.cast(str, 5))
print(sys.maxsize, sys.maxsize + 1, type(sys.maxsize).__name__)
if not TYPE_CHECKING:
    print("runs")
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
try:
    fold(lambda a, b: a + b, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    reduce(lambda a, b: a // b, [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
