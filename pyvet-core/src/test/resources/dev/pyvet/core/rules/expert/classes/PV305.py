class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class Outer:
    class Inner:
        def __eq__(self, other):
            return True


# Not reported: __hash__ defined.
class Hashable:
    def __eq__(self, other):
        return True

    def __hash__(self):
        return 0


# Not reported: unhashable on purpose, and said so.
class Mutable:
    __hash__ = None

    def __eq__(self, other):
        return True


# Not reported: no __eq__ (only __ne__), or __eq__ outside a class.
class OnlyNe:
    def __ne__(self, other):
        return False


def __eq__(a, b):
    return a is b


# Not reported: a mutable container base is unhashable already (also through an alias).
from collections import OrderedDict as OD


class Record(dict):
    def __eq__(self, other):
        return True


class Ordered(OD):
    def __eq__(self, other):
        return True
