# Hits: raise NotImplemented.
def f():
    raise NotImplemented
def g():
    raise NotImplemented("message")
def h():
    raise NotImplemented() from None
raise NotImplemented

# Non-hits.
def k():
    raise NotImplementedError
def m():
    raise NotImplementedError("message")
def n():
    return NotImplemented
def o():
    raise
def p():
    raise builtins.NotImplemented
def q():
    raise NotImplemented.x
def r():
    raise x from NotImplemented
