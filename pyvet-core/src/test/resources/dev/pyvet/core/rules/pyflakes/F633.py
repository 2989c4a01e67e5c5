# Hits: the builtin print under >>.
import sys
print >> sys.stderr, "hello"
print >> sys.stderr
x = (print, 1) >> 2
y = 3 >> print
z = print.attr >> 4
w = [print] >> 5
def f():
    print >> sys.stdout
class C:
    print >> sys.stdout
x = print >> 1 if False else None

# Non-hits.
print << sys.stderr
print(1) >> 2
