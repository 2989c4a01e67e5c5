import os
import os
from json import loads
from json import loads as loads
import typing
from typing import overload


# Hits
def twice():
    pass


def twice():
    pass


class Twice:
    pass


class Twice:
    pass


def shadow_import():
    pass


import shadow_import


class Methods:
    def test_a(self):
        pass

    def test_a(self):
        pass

    @property
    def prop(self):
        return 1

    @prop.setter
    def prop(self, value):
        pass


def outer_function(os):
    return os

# Non-hits
try:
    from json import dumps
except ImportError:
    dumps = None
try:
    import cPickle as pickle
except ImportError:
    import pickle

if os:
    def branch():
        pass
else:
    def branch():
        pass

import glob
glob.glob("*")
import glob


@overload
def over(a: int) -> int: ...


@overload
def over(a: str) -> str: ...


def over(a):
    return a


@typing.overload
def over2(a: int) -> int: ...


def over2(a):
    return a


match os:
    case 1:
        import shutil
    case _:
        import shutil

_ = 1
_ = 2
print(pickle, dumps, branch, shutil)
