# Hits: name keys repeated with different values.
a = b = c = 1
d = {a: 1, a: 2}
e = {a: 1, b: 2, a: 3, b: 4}
f = {a: b, a: c}
g = {
    c: 1,
    c: 2,
    c: 2,
}
h = {a: 1, "a": 2, a: 3}

# Non-hits.
i = {a: 1, a: 1}
j = {a: b, a: b}
k = {a: 1, b: 1}
l = {a.x: 1, a.x: 2}
m = {a: 1, "a": 2}
n = {a[0]: 1, a[0]: 2}
o = {**a, **a}
