import contextlib


# Hits
def simple():
    unused = 1


def augmented():
    total = 0
    total += 1


def walrus():
    if (found := 1):
        pass


def annotated():
    value: int = 1


def captured(subject):
    match subject:
        case [first, *rest]:
            pass
        case {"key": value, **others}:
            pass
        case str() as text:
            pass


def handler():
    try:
        pass
    except ValueError as error:
        pass


try:
    pass
except OSError as module_error:
    pass


def type_alias():
    type Local = int


def reassigned():
    x = 1
    x = 2


def literal_unpacking():
    a, b = 1, 2
    (c, d) = [3, 4]
    e = f = 5
    with contextlib.suppress() as g:
        pass

# Non-hits


def unpacking():
    a, b = divmod(7, 2)
    for c in range(3):
        pass
    with contextlib.suppress() as (d, e):
        pass
    [f for f in range(3)]


def underscore():
    _ = 1


def with_locals():
    hidden = 1
    return locals()


def declared_global():
    global module_var
    module_var = 1


def used_later():
    x = 1
    def inner():
        return x
    return inner


def used_in_handler():
    try:
        pass
    except ValueError as error:
        print(error)


def traceback_hide():
    __tracebackhide__ = True


def augmented_global():
    global counter
    counter += 1


def loop_rebinding():
    last = None
    for item in range(3):
        print(last)
        last = item


module_level = 1
