# No hit: the file binds print, so it is not the builtin.
import sys
def print(*args):
    pass
print >> sys.stderr
