import sys


def count(n):
    for i in xrange(n):
        print(i)
    return unicode(n), long(n)


def check(s):
    return isinstance(s, basestring)


name = raw_input("name? ")
total = reduce(lambda a, b: a + b, [1, 2])

# non-hits: names bound locally or as parameters
def local():
    long = 5
    return long


def param(file):
    return file
