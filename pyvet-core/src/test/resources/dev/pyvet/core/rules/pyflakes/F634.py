# Hits: the test is a non-empty tuple.
if (x, y):
    pass
if (x,):
    pass
if x:
    pass
elif (x, y):
    pass
a = 1 if (x, y) else 2
def f():
    if (1, 2):
        pass

# Non-hits.
if ():
    pass
if (x):
    pass
if [x, y]:
    pass
while (x, y):
    break
a = (x, y) if x else (y, x)
