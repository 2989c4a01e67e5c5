# Hits: is / is not with a str, bytes, number or tuple literal.
if x is "a":
    pass
if x is not b"a":
    pass
if 1 is x:
    pass
if x is 1.5:
    pass
if x is 2j:
    pass
if x is ():
    pass
if x is (1, "a", (None,)):
    pass
if x is 1 is y is 2:
    pass
if 0 is 0 is 0:
    pass
y = [x is "s" for x in z]
y = x is not 10**100

# Non-hits.
if x is -1:
    pass
if x is ...:
    pass
if x is None or x is True or x is not False:
    pass
if x is (y,):
    pass
if x is f"a":
    pass
if x == "a" or x != 1 or x in (1, 2):
    pass
if x is y is z:
    pass
if x is (1, [2]):
    pass

# Strings in annotations are code to pyflakes: hits at the string's position.
from typing import Annotated, Literal, Optional, cast
import typing
a1: "x is 1" = 1
def a2(p: "q is 'r'") -> "List['s is 2']": pass
a3 = cast("x is 3", y)
a4 = Optional["x is 4"]
a5 = typing.Optional["x is 5"]
a6: Annotated["x is 6", "x is 7"] = 1

# Non-hits: strings that are not annotations, Literal values, unparsable strings.
a7 = "x is 8"
a8: Literal["x is 9"] = 1
a9: "x is (" = 1
a10: "x is 10; y" = 1
a11 = list["x is 11"]
