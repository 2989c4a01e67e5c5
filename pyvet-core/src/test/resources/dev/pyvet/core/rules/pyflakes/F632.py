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
