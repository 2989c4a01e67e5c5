# fixture-path: pkg/module.py
import sys

# Hits
print(undefined_at_module)
del never_bound


def function():
    return undefined_in_function


class Klass:
    attribute = undefined_in_class

    def method(self):
        return attribute


lambda: undefined_in_lambda
[undefined_in_comprehension for item in range(3)]
annotated: UndefinedType = 1


def annotated_function(a: UndefinedParam) -> "UndefinedReturn":
    pass


try:
    pass
except ValueError as error:
    pass
print(error)
print(__path__)

# Non-hits
print(__file__, __name__, __builtins__, __annotations__, WindowsError)


def later_global():
    return defined_later


defined_later = 1
try:
    print(maybe_missing)
except NameError:
    pass
try:
    print(maybe_missing_too)
except (ImportError, NameError):
    pass


class Magic:
    print(__module__, __qualname__)

    def method(self):
        return __class__


def declares_global():
    global made_global
    made_global = 1


print(made_global)
[item for item in range(3)]
conditional = 1 if sys else 2
if sys:
    only_here = 1
else:
    del conditional
print(only_here)


class Generic[T]:
    def method(self, x: T) -> T:
        return x


type Alias[K] = dict[K, Generic[K]]


def uses_locals():
    x = 1
    return locals()


def annotation_only():
    late: "LaterDefined"


class LaterDefined:
    pass
