# N804: first argument of a class method named cls
class A:
    @classmethod
    def m(self):
        pass

    @classmethod
    def k(klass):
        pass

    def __new__(self):
        pass

    def __init_subclass__(klass):
        pass

    def __class_getitem__(self, item):
        pass

    def late(self):
        pass
    late = classmethod(late)

    @classmethod
    def kwonly(*, a):
        pass

    @classmethod
    def posonly(c, /):
        pass

    if True:
        @classmethod
        def in_if(self):
            pass

    @some.classmethod
    def by_attribute(self):
        pass

    @classmethod()
    def by_call(self):
        pass


class Meta(type):
    def method(self):
        pass


class Meta2(abc.ABCMeta):
    def method(self):
        pass


# non-hits
class B:
    @classmethod
    def m(cls):
        pass

    @classmethod
    def star(*args):
        pass

    @classmethod
    def nothing():
        pass

    @staticmethod
    def s(x):
        pass

    def regular(self):
        pass

    @classmethod
    def ignored(setUp):  # default ignore-names
        pass

    try:
        pass
    except ImportError:
        @classmethod
        def in_except(self):  # functions in except clauses are not methods for pep8-naming
            pass

    @classmethod
    def back(self):
        pass
    back = staticmethod(back)  # old-style decoration wins


@classmethod
def module_level(self):
    pass
