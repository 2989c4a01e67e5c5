class A:
    def __init__(self):
        super().__init__()
        self.a = 1


class B:
    def __init__(self):
        self.b = 2


class C(A, B):
    def __init__(self):
        A.__init__(self)
        B.__init__(self)


class D(A, B):
    def __init__(self):
        super().__init__()
        B.__init__(self)

    # Not reported: this method does not call super() itself.
    def reset(self):
        B.__init__(self)


# Not reported: with a single base, the parent's super() chain still runs everything once.
class J(A):
    def __init__(self):
        A.__init__(self)


# Not reported: explicit calls everywhere, and B does not call super().
class E(B):
    def __init__(self):
        B.__init__(self)


# Not reported: the explicit call goes to a class that is not a base.
class F(B):
    def __init__(self):
        super().__init__()
        A.__init__(self)


# Not reported: the first argument is not the method's first parameter.
class G(A):
    def __init__(self, other):
        super().__init__()
        A.__init__(other)


# Not reported: an imported base whose body we cannot see.
from collections import OrderedDict


class H(OrderedDict):
    def __init__(self):
        OrderedDict.__init__(self)
