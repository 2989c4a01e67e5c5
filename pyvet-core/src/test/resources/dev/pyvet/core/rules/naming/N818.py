# N818: exception classes named with an Error suffix
class Foo(Exception):
    pass


class Bar(Foo):  # through Foo
    pass


class Baz(object, Bar):
    pass


def factory():
    class Local(Exception):
        pass

    class LocalChild(Foo):  # Foo is found in the module body
        pass


class Outer:
    class Inner(Exception):
        pass


class bad_name(Exception):  # N801 too
    pass


try:
    pass
except ImportError:
    class InHandler(Exception):
        pass
else:
    class InElse(Exception):  # non-hit: of a try, only the body is searched for the class
        pass

for _ in ():
    pass
else:
    class InLoopElse(Exception):  # non-hit, likewise
        pass


# non-hits
class FooError(Exception):
    pass


class _Private(Exception):  # looked up as 'Private', which is not found
    pass


class Qualified(builtins.Exception):  # only plain names count
    pass


class Warned(Warning):
    pass


class Loop(Loop2):
    pass


class Loop2(Loop):
    pass


class setUp(Exception):  # default ignore-names
    pass
