# Hits: the builtin print under >>.
import sys
print >> sys.stderr, "hello"
print >> sys.stderr
x = (print, 1) >> 2
y = 3 >> print
z = print.attr >> 4
w = [print] >> 5
x = print >> 1 if False else None
def f():
    print >> sys.stdout
class C:
    print >> sys.stdout

# Non-hits.
print << sys.stderr
print(1) >> 2
def s():
    print >>= 3  # no: an augmented assignment (which binds print in s)


# Which print it is depends on pyflakes' scopes and order, as in each comment.
class D:
    print = 1
    print >> 1  # no: the class binds it
    def m(self):
        print >> 2  # hit: methods do not see the class's names
    z = [print >> 3 for _ in "ab"]  # no: a comprehension sees them
def g():
    print >> 4  # hit: bound only later in the function
    print = 5
def h(print):
    print >> 6  # no: a parameter
def k():
    global print
    print >> 7  # no: declared global
lam = lambda print: print >> 8  # no: a parameter
def n():
    try:
        pass
    except ValueError as print:
        print >> 9  # no: bound by the handler
    print >> 10  # hit: the handler's binding is gone
def p():
    print: int
    print >> 11  # hit: a bare annotation binds nothing
def q():
    def r():
        print >> 12  # no: bodies run after the enclosing body, which binds it
    print = 13
