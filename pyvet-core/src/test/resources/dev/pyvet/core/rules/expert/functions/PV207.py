import functools


def order(items, compare):
    a = sorted(items, cmp=compare)
    items.sort(cmp=compare)
    b = sorted(items, compare)
    c = min(items, cmp=compare)
    return a, b, c


# non-hits
def modern(items, compare):
    a = sorted(items, key=functools.cmp_to_key(compare))
    items.sort(key=len)
    b = sorted(items)
    c = max(items, key=len)
    return a, b, c


def shadowed(items, compare, sorted=lambda items, how: items):
    return sorted(items, compare)


class T:
    def test_bad(self, items, compare):
        with self.assertRaises(TypeError):
            sorted(items, compare)
