def unique(items):
    seen = []
    out = []
    for item in items:
        if item not in seen:
            seen.append(item)
            out.append(item)
    return out


def positions(items, order):
    ranks = sorted(order)
    return [ranks.index(i) for i in items]


def literal(words):
    n = 0
    while words:
        if words.pop() in ["a", "an", "the"]:
            n += 1
    return n


def comp(xs):
    allowed = [x for x in range(10)]
    return {x for x in xs if x in allowed}


# non-hits
def sets(items):
    seen = set()
    for item in items:
        if item not in seen:
            seen.add(item)
    return seen


def once(items, x):
    names = list(items)
    return x in names


def param(items, names):
    for item in items:
        if item in names:
            return item


def changed(items):
    names = []
    names = set(names)
    for item in items:
        if item in names:
            return item


def strings(items):
    for item in items:
        if "x" in item or item in ("a", "b"):
            return item


def first_iterable(items):
    names = list(items)
    return [n for n in names if n]


def single(items):
    for item in items:
        if item in [None]:
            return item


def param_rebound(self, attrs):
    for attr in self.ATTRS:
        if attr in attrs:
            print(attr)
    if attrs:
        attrs = sorted(attrs.keys())
