import itertools
from itertools import chain as concat


def twice(xs):
    squares = map(lambda x: x * x, xs)
    total = sum(squares)
    biggest = max(squares)
    return total, biggest


def loop_then_list(rows):
    pairs = zip(rows, rows[1:])
    for a, b in pairs:
        print(a, b)
    return list(pairs)


def generator(xs):
    evens = (x for x in xs if x % 2 == 0)
    first = [e for e in evens]
    joined = ",".join(evens)
    return first, joined


def chained(a, b):
    both = concat(a, b)
    n = len(list(both))
    return sorted(both), n


# non-hits
def materialised(xs):
    squares = list(map(str, xs))
    return sum(map(len, squares)), max(squares)


def once(xs):
    it = iter(xs)
    return list(it)


def with_next(xs):
    it = iter(xs)
    head = next(it, None)
    return head, list(it)


def branches(xs, flag):
    it = filter(None, xs)
    if flag:
        return list(it)
    return tuple(it)


def rebound(xs):
    it = map(str, xs)
    a = list(it)
    it = map(str, xs)
    return a, list(it)


def passed_on(xs):
    it = map(str, xs)
    consume(it)
    return list(it)


def closure(xs):
    it = map(str, xs)
    def again():
        return list(it)
    return list(it), again


def consume(it):
    return it


def repeated(xs):
    for _ in range(2):
        it = iter(xs)
        print(list(it))


def not_iterators(xs, zip=list):
    pairs = zip(xs)
    return list(pairs), list(pairs)


def resume(lines):
    rest = iter(lines)
    for line in rest:
        if line.startswith("begin"):
            break
    return [line for line in rest]


def nested_resume(chars):
    it = iter(chars)
    for ch in it:
        if ch == '"':
            for ch in it:
                print(ch)


def filtered(paths):
    paths = (p for p in paths if p)
    return list(paths)
