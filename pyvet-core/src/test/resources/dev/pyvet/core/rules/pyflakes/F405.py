from os.path import *
from collections import *

# Hits
join("a", "b")
print(undefined_name)

__all__ = ["defined", "from_star"]


def f():
    return maybe_from_star


class C:
    value = from_star

# Non-hits
defined = 1
print(defined, len("x"))
