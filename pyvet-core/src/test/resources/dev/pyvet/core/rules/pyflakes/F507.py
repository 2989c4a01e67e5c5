a = b = c = 1
t = (a,)

# hits
'%s %s' % (a,)
'%s' % (a, b)
'%s %s' % [a, b, c]
'%*d' % (a,)
'%.*f %s' % (a, b)
'%*.*f' % (a, b)
'%s' % ()
'%s %%' % (a, b)

# non-hits
'%s %s' % (a, b)
'%*d' % (a, b)
'%*.*f' % (a, b, c)
'%s %s' % (*t, b)
'%s %s' % t
'%s %s' % [*t]
'%s' % a
'%s %s' % (a, b) + '%s' % (c,)
b'%s' % (a, b)

# in string annotations, at the string's position
def k(p: "'%s %s' % (a,)") -> "'%s' % (a, b)": pass
v: "Dict['%s' % (a, b), Literal['%s' % (a, b)]]" = {}
w: "Annotated['%s' % (a, b), '%s' % (a, b)]" = {}
# not walked by pyflakes
return '%s' % (a, b)
class K:
    x = lambda: (yield '%s' % (a, b))
    yield '%s' % (a, b)
# in strings that typing helpers read as annotations
from typing import cast, NamedTuple
c = cast("'%s' % (a, b)", a)
P = NamedTuple("P", [("x", "'%s' % (a, b)")])
# not an annotation: the name given to NamedTuple
Q = NamedTuple("'%s' % (a, b)", [])
