# N805: first argument of a method named self
class A:
    def m(this):
        pass

    def underscore(_):
        pass

    @property
    def prop(cls):
        pass

    @override
    def overridden(s):
        pass

    async def am(me):
        pass

    if True:
        def in_if(x):
            pass
    else:
        def in_else(x):
            pass

    for _ in ():
        def in_for(x):
            pass

    while False:
        def in_while(x):
            pass

    with ctx:
        def in_with(x):
            pass

    try:
        def in_try(x):
            pass
    except Exception:
        pass
    else:
        def in_try_else(x):
            pass
    finally:
        def in_finally(x):
            pass

    class Inner:
        def inner(x):
            pass

    def late(x):
        pass
    late = unrelated(late)


# non-hits
class B:
    def m(self):
        pass

    def n():
        pass

    def star(*args, **kwargs):
        pass

    @staticmethod
    def s(x):
        pass

    def late(x):
        pass
    late = staticmethod(late)

    def ignored(setUp):  # default ignore-names
        pass

    try:
        pass
    except Exception:
        def in_except(x):
            pass

    try:
        def in_try_star(x):  # try/except* is not looked into for methods
            pass
    except* Exception:
        pass

    match x:
        case 1:
            def in_match(x):  # not a method for pep8-naming
                pass

    def outer(self):
        def closure(x):
            pass


def function(x):
    pass
