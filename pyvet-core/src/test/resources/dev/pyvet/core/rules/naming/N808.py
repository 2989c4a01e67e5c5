from typing import TypeVar
import typing

# hits
item_type = TypeVar("item_type")
T = TypeVar("U")
Named = TypeVar(name="Named")
NoArgs = TypeVar()
__T = TypeVar("__T")
T_in_out = TypeVar("T_in_out")
T_x = TypeVar("T_x")
T_co_contra = TypeVar("T_co_contra")
K_co = TypeVar("K_co", contravariant=True)
K_contra = TypeVar("K_contra", covariant=True)
KT = TypeVar("KT", covariant=1)
VT = TypeVar("VT", contravariant="yes")
W = TypeVar(b"W")

# non-hits
AnyStr = TypeVar("AnyStr", str, bytes)
_T = TypeVar("_T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
X_co = TypeVar("X_co")
Y = TypeVar("Y", covariant=False, contravariant=0)
Z = TypeVar("Z", covariant="")
Q = typing.TypeVar("q")
a = b = TypeVar("a")
c, d = TypeVar("c"), TypeVar("d")
e: object = TypeVar("e")
setUp = TypeVar("setUp")


def f():
    lower = TypeVar("lower")
    return lower


class C:
    lower = TypeVar("lower")


if True:
    lower = TypeVar("lower")
