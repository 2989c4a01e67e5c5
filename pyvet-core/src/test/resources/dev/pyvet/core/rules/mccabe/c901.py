# Each graph mccabe 0.7.0 measures is marked on its reported line with an expect comment: entity, complexity.
import sys


def straight():  # expect: straight 1
    a = 1
    return a


def one_if(x):  # expect: one_if 2
    if x:
        return 1
    return 0


def if_else(x):  # expect: if_else 2
    if x:
        y = 1
    else:
        y = 2
    return y


def if_elif_else(x):  # expect: if_elif_else 3
    if x == 1:
        return 1
    elif x == 2:
        return 2
    else:
        return 3


def loops(xs):  # expect: loops 4
    for x in xs:
        pass
    while xs:
        xs.pop()
    else:
        pass
    for y in xs:
        pass
    else:
        pass


async def async_loop(xs):  # expect: async_loop 3
    async for x in xs:
        pass
    async with xs:
        if xs:
            pass


def try_one_handler():  # expect: try_one_handler 3
    try:
        a = 1
    except ValueError:
        a = 2
    return a


def try_two_handlers_else_finally():  # expect: try_two_handlers_else_finally 4
    try:
        a = 1
    except ValueError:
        a = 2
    except TypeError:
        a = 3
    else:
        a = 4
    finally:
        if a:  # finally bodies are not looked at
            a = 5
    return a


def try_finally_only():  # expect: try_finally_only 2
    try:
        pass
    finally:
        pass


def try_star():  # expect: try_star 1
    try:
        pass
    except* ValueError:
        if sys:
            pass


def with_adds_nothing(f):  # expect: with_adds_nothing 2
    with f:
        if f:
            pass


def match_is_one_statement(x):  # expect: match_is_one_statement 1
    match x:
        case 1:
            if x:
                pass
        case _:
            pass


def boolean_and_expressions(a, b):  # expect: boolean_and_expressions 1
    c = a and b or not a
    d = [i for i in a if i and b]
    e = (lambda: 1 if a else 2)
    return c, d, e


def closure(a):  # expect: closure 3
    def inner():
        if a:
            return 1
    return inner


def two_closures(a):  # expect: two_closures 4
    def f():
        pass

    async def g():
        pass
    class Local:
        def method(self):
            pass


class Outer:
    def method(self, x):  # expect: Outer.method 2
        if x:
            pass

    class Inner:
        @property
        def deep(self):  # expect: Outer.Inner.deep 1
            return 1

    if sys:  # expect: If 142 2
        pass

    def same(self):
        if self:
            pass

    def same(self):  # expect: Outer.same 1
        pass


if sys.argv:  # expect: If 153 3
    def only_in_the_if():
        pass
else:
    pass

for _ in sys.argv:  # expect: Loop 159 2
    pass

while False:  # expect: Loop 162 2
    pass

try:  # expect: TryExcept 165 3
    import os
except ImportError:
    os = None
finally:
    def never_measured():
        if os:
            pass

with open(__file__) as f:
    def inside_with(x):  # expect: inside_with 2
        if x:
            pass
