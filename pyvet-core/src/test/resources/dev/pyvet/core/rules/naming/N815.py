# N815: mixedCase variables in class bodies
class C:
    mixedCase = 1
    _mixedCase = 2
    a, bB = 1, 2
    for loopVar in ():
        pass
    [compVar for compVar in ()]
    annotatedName: int = 1

    class Inner:
        innerName = 1


def f():
    class Local:
        localName = 1


# non-hits
class D:
    CamelCase = 1
    CONSTANT = 2
    lower_case = 3
    _ = 4
    point = namedtuple('point', 'x')
    maxDiff = None  # default ignore-names
    longMessage = True

    def method(self):
        methodVar = 1  # function scope: N806
