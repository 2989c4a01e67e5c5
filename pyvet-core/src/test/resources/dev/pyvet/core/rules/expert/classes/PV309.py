class CountDown:
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class OldStyle(object):
    def __next__(self):
        raise StopIteration


# Not reported: __iter__ present, a base that may supply it, a metaclass, no __next__.
import collections.abc


class Complete:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class FromAbc(collections.abc.Iterator):
    def __next__(self):
        raise StopIteration


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    def __next__(self):
        raise StopIteration


class Assigned:
    __iter__ = lambda self: self

    def __next__(self):
        raise StopIteration


class Plain:
    def next(self):
        return 1
