import os

counter = 0


# Hits
def bump():
    counter + 1
    counter = 2
    return counter


def uses_import():
    print(os)
    os = None
    return os


def uses_builtin():
    print(len)
    len = 3
    return len


def outer():
    local = 1

    def inner():
        print(local)
        local = 2
        return local
    return inner

# Non-hits


def declared():
    global counter
    print(counter)
    counter = 3


def assigned_first():
    counter = 1
    return counter


def reads_only():
    return counter


def nonlocal_ok():
    value = 1

    def inner():
        nonlocal value
        print(value)
        value = 2
    return inner
