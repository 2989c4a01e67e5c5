# Hits
lambda a, a: 1
lambda a, b, *a: 1


class C:
    def method(self, x, y, x, x):
        pass

# Non-hits


def fine(a, b, *args, c, **kwargs):
    pass


lambda a, b=1, *c, d, **e: 1
