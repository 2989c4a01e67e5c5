import sys
from functools import reduce

# non-hits: a probe under try/except NameError, version branches, an import
try:
    unicode
except NameError:
    unicode = str

text = unicode(5)

if sys.version_info[0] == 2:
    rng = xrange
else:
    rng = range

to_text = unichr if sys.version_info < (3,) else chr
total = reduce(lambda a, b: a + b, [1, 2])

# hit: outside the guards
for i in xrange(2):
    pass
