# Hits: literal keys repeated with different values.
a = {"x": 1, "x": 2}
b = {1: "a", 1.0: "b", True: "c"}
c = {True: "a", 1: "b"}
d = {b"k": 1, b"k": 2, b"k": 1}
e = {(1, 2): "a", (1, 2): "b"}
f = {None: 1, None: 2, ...: 1, ...: 2}
g = {0: "a", 0.0: "b", 0j: "c", False: "d", -0.0: "e"}
h = {1e400: 1, 1e400: 2}
i = {2j: 1, 2j: 2}
j = {"k": f(), "k": f()}
k = {"é": 1, "é": 2}
l = {"it's": 1, "it's": 2}
m = {(1,): 1, (1.0,): 2}
n = {"dup": 1, "dup": 1, "dup": 2}
o = {
    "multi": 1,
    "line": 2,
    "multi": 3,
}
p = {10**0: 1, 1: 2, 1: 3}
q = {(): 1, (): 2}
r = {"a" "b": 1, "ab": 2}
s = {12345678901234567890: 1, 12345678901234567890: 2}
t = {0.1: 1, 0.1: 2}
u = {2**53: 1, 9007199254740992: 2, 9007199254740992.0: 3}

# Non-hits.
v1 = {"x": 1, "x": 1}
v2 = {1: "a", 1: "a", 1.0: "a"}
v3 = {"k": 1, "k": True}
v4 = {-1: "a", -1: "b"}
v5 = {"a": 1, b"a": 2}
v6 = {**a, **a}
v7 = {1: "a", 2: "b"}
v8 = {f(): 1, f(): 2}
v9 = {"x": 1, "x": 1, "x": 1}
v10 = {"k": 1, "k": 1, "k": 2, "k": 2}
v11 = {9007199254740993: 1, 9007199254740992.0: 2}
v12 = {a.b: 1, a.b: 2}
v13 = {"s": 1, "S": 2}
v14 = {2j: 1, 2: 2}

# Dicts in annotations, and where pyflakes looks at them.
from typing import TypedDict, cast
w1: "{'k': 1, 'k': 2}" = None
w2 = cast({"k": 1, "k": 2}, None)
w3 = TypedDict("w3", {"k": int, "k": str})
