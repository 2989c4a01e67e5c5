import functools
from functools import lru_cache, cache
import functools as ft


class Model:
    @functools.lru_cache(maxsize=None)
    def score(self, x):
        return x

    @lru_cache
    def rank(self):
        return 1

    @ft.cache
    def name(self):
        return "m"

    # non-hits
    @staticmethod
    @lru_cache
    def helper(x):
        return x

    @classmethod
    @cache
    def build(cls):
        return cls()

    @functools.cached_property
    def total(self):
        return 2

    def plain(self):
        return 3


@lru_cache
def module_level(x):
    return x


def lru_cache(f):
    return f


class Other:
    @lru_cache
    def shadowed(self):
        return 1


class Interned:
    @functools.lru_cache
    def __new__(cls, value):
        return super().__new__(cls)
