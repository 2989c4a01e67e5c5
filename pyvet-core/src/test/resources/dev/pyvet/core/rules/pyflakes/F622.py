# Hits: two or more starred names in one target.
a, *b, *c = range(10)
[a, *b, *c, *d] = range(10)
for *x, *y in []:
    pass
with f() as (*p, *q):
    pass
(a, (*b, *c)) = (1, (2, 3))
e, *f = *g, *h = range(10)
[x for *m, *n in []]

# Non-hits.
a, *b = range(10)
*a, b = range(10)
print(*a, *b)
t = (*a, *b)
l = [*a, *b]
