"""A module that uses much of Python's syntax: ./pyvet trains its JVM cache on copies of it."""

from __future__ import annotations

import asyncio
import dataclasses as dc
from collections import defaultdict, namedtuple
from typing import Any, Callable, Generic, TypeVar

T = TypeVar("T")
Point = namedtuple("Point", ["x", "y"])
CONSTANTS = (0, 1, -2, 3.5, 1e-9, 0x1F, 0o17, 0b1010, 1_000_000, 2j, None, True, False, ...)
TEXT = 'single' "double" r"raw\d" """triple
quoted""" '\N{BULLET} \u00e9 \U0001F600 \t\n'
DATA = b"bytes\x00" rb"\w+" B'\xff'


@dc.dataclass(frozen=True)
class Box(Generic[T]):
    """A generic box."""

    value: T
    tags: list[str] = dc.field(default_factory=list)

    def map(self, f: Callable[[T], Any], /, *, keep_tags: bool = True) -> Box[Any]:
        return Box(f(self.value), self.tags if keep_tags else [])

    @property
    def empty(self) -> bool:
        return not self.value

    def __repr__(self) -> str:
        return f"Box({self.value!r:>{10}}, tags={len(self.tags):d}, {self.empty=})"


class Registry(dict, metaclass=type):
    count: int = 0

    def register(self, name, *args, default=None, **kwargs):
        self[name] = (args, kwargs, default)
        type(self).count += 1
        return lambda *a, **k: (a, k)


def generator(n):
    total = 0
    for i in range(n):
        if i % 2 == 0 and not i % 3:
            continue
        elif i > 100 or i < -1:
            break
        else:
            total += i
        yield i ** 2
    else:
        yield from (x for x in range(3) if x)
    return total


async def fetch(urls, *, limit=10):
    sem = asyncio.Semaphore(limit)
    results = {}
    async with sem:
        async for chunk in stream(urls):
            results[chunk] = await asyncio.sleep(0, result=chunk)
    return [r async for r in stream(results)]


async def stream(items):
    for item in items:
        yield item


def comprehensions(data):
    squares = [x * x for x in data if x]
    pairs = {(a, b) for a in data for b in data if a < b}
    index = {k: v for k, v in enumerate(data)}
    grouped = defaultdict(list)
    for key, *rest in [(1, 2, 3), (4, 5)]:
        grouped[key].extend(rest)
    matrix = [[i * j for j in range(3)] for i in range(3)]
    flat = [*squares, *pairs, *index]
    merged = {**index, "extra": flat[::2], "slice": flat[1:-1:1]}
    return squares, pairs, index, grouped, matrix, merged


def control(value):
    try:
        result = 10 / value
    except (ZeroDivisionError, TypeError) as error:
        raise ValueError("bad value") from error
    else:
        result += 1
    finally:
        del value
    with open(__file__) as f, open(__file__, encoding="utf-8") as g:
        first = f.readline() or g.readline()
    while (n := len(first)) > 0:
        first = first[1:]
        assert n >= 0, "never negative"
    try:
        pass
    except* OSError as group:
        print(group.exceptions)
    global CONSTANTS
    return result if result else None


def matching(command):
    match command.split():
        case [action]:
            return action
        case ["go", ("north" | "south") as direction]:
            return direction
        case {"x": x, "y": y, **rest} if x > y:
            return rest
        case Point(x=0, y=y):
            return y
        case [1, 2, *others] | (3, *others):
            return others
        case str() | bytes():
            return "text"
        case _:
            return None


def operators(a, b, c):
    x = a + b - c * a / b // c % a ** b
    y = a << 1 >> 2 & b | c ^ ~a
    z = a < b <= c != a == b > c >= a
    w = a in b and b not in c or a is b or a is not c
    x += 1; y -= 1; z *= 2; w //= 3
    a @= b
    return -x, +y, not z, w, lambda q=1, *r, s, **t: q


type Alias[K, V] = dict[K, list[V]]


def generic[T: (int, str), *Ts, **P](x: T) -> T:
    nonlocal_test = 0

    def inner():
        nonlocal nonlocal_test
        nonlocal_test += 1
        return nonlocal_test

    return x if inner() else x


print(f"{'nested' + f'{1 + 2}'}", f"{TEXT!s}", sep="")
