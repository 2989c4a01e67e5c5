# Hits: the test is a non-empty tuple.
assert (x, "message")
assert (x,)
assert (x, y), "message"
def f():
    assert (1, 2)

# Non-hits.
assert x, "message"
assert ()
assert (x)
assert [x, "message"]
assert (x, y) == z
