# N806: variables in functions in lowercase
import collections


def f():
    X = 1
    a, B = 1, 2
    (c, [D, *E]) = 1, [2, 3]
    for Item in ():
        pass
    with open('x') as Handle, open('y') as (h, H2):
        pass
    try:
        pass
    except ValueError as Err:
        pass
    if (Walrus := 1):
        pass
    Annotated: int = 1
    Bare: int
    _Private = 1
    [Y for Y in ()]
    {K: V for K, V in ()}
    lambda: (Inside := 1)
    return X


async def g():
    async for Item in aiter():
        pass
    async with ctx() as Handle:
        pass


class C:
    def method(self):
        Value = 1


def outer():
    global Shared

    def inner():
        Shared = 1  # the global statement is the outer function's
    Shared = 2


# non-hits
def ok():
    global G
    G = 1
    x = 1
    self.X = 1
    d['X'] = 1
    Point = collections.namedtuple('Point', 'x y')
    Pair = namedtuple('Pair', 'a b')
    setUp = 1  # default ignore-names
    *rest, = ()


def scopes():
    class Inner:
        Attr = 1  # class scope: N815 only looks for mixedCase
    lambda: 1


if True:
    Module = 1  # module scope
[Z for Z in ()]
