from typing import List, Optional, TypeVar, cast
import typing

# Hits
def f(x: "List[int"):
    pass


def g() -> "1 +":
    pass


value: "a b" = 1
other: List["not valid!"] = []
T = TypeVar("T", bound="no good")
cast("bad )", value)
typing.Optional["x y"]
multi: "int\nstr" = 1
indented: " int" = 1

# Non-hits
ok: "List[int]" = []
literal: typing.Literal["any text at all"] = "any text at all"
S = TypeVar("S", "int", "str")
cast("Optional[int]", value)
plain = "not an annotation ("


def h(a: "Optional[List[int]]") -> "None":
    pass
