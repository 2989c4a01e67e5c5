import collections
import collections as col
from collections import defaultdict


def add(item, items=[]):
    items.append(item)
    return items


def merge(a, b={}, *, seen=set(), table=dict()):
    return a


async def fetch(url, headers={"Accept": "*/*"}):
    return url


def group(rows, into=defaultdict(list), order=col.OrderedDict(), counts=collections.Counter()):
    return into


def squares(n, out=[i * i for i in range(3)], table={k: 0 for k in "ab"}):
    return out


def only(*, flags=[1, 2]):
    return flags


# non-hits: immutable defaults, None, tuples, frozenset, a shadowed list(), calls that
# build nothing mutable
def fine(a, b=None, c=(), d=frozenset(), e="x", f=0, g=tuple([1])):
    return a


def list(*args):
    return args


def shadowed(x=list()):
    return x


def lam():
    return lambda x=[]: x


def memo(x, _seen=[], cache_map={}, memo_table={}):
    return x
