def stats(xs):
    a = sum([x * x for x in xs])
    b = any([x > 1 for x in xs])
    c = all([x for x in xs])
    d = max([len(x) for x in xs])
    return a, b, c, d


# non-hits
def fine(xs):
    a = sum(x * x for x in xs)
    b = sorted([x for x in xs])
    c = sum([1, 2, 3])
    d = min(xs, key=len)
    return a, b, c, d


def shadowed(xs, sum=len):
    return sum([x for x in xs])
