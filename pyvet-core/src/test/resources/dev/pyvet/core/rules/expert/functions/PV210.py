REGISTRY = []


def register(func):
    REGISTRY.append(func)


def trace(func):
    print("tracing", func.__name__)
    return


@register
def handler():
    pass


@trace
class Model:
    pass


# non-hits
def good(func):
    REGISTRY.append(func)
    return func


def factory(name):
    def deco(func):
        REGISTRY.append((name, func))
    return deco


def gen(func):
    yield func


def stub(func):
    """Typed elsewhere."""
    ...


def fails(func):
    raise NotImplementedError


@good
def a():
    pass


@factory("x")
def b():
    pass


@gen
def c():
    pass


@stub
def d():
    pass


@fails
def e():
    pass


def register(func):
    return func


@register
def rebound():
    pass


def call(f):
    f()


@call
def _setup():
    pass
