# Hits
def simple():
    size: int


def two():
    a: int
    b: "str"


# Non-hits
module_level: int


class Klass:
    attribute: int


def assigned_later():
    value: int
    value = 1
    return value


def with_value():
    value: int = 1
    return value


def read():
    name: str
    print(name)
