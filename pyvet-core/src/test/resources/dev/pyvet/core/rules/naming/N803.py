# N803: argument names in lowercase
def f(A, b, C=1, *Args, D, **Kwargs):
    pass


def g(Pos, /, kw):
    pass


async def h(X):
    pass


class K:
    def m(self, Value):
        pass

    def n(Self):  # also N805, and N803
        pass


def two(a,
        B):
    pass


# non-hits
def ok(a, _, __, a1, *args, **kwargs):
    pass


f2 = lambda X: X  # lambdas are not looked at


def ignored(setUp, maxDiff):  # default ignore-names
    pass
