import os

counter = 0


# Hits
def reads_global():
    global counter
    return counter


def reads_two():
    global counter, os
    return counter, os


def outer():
    value = 1

    def inner():
        nonlocal value
        return value
    return inner


class Klass:
    global counter

# Non-hits
global counter


def writes():
    global counter
    counter = 1


def augments():
    global counter
    counter += 1


def deletes():
    global counter
    del counter


def imports():
    global os
    import os


def defines():
    global helper

    def helper():
        pass


def outer_ok():
    value = 1

    def inner():
        nonlocal value
        value = 2
    return inner
