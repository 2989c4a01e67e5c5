# N816: mixedCase variables at module level
mixedCase = 1
__mixedCase = 2
a, (bB, *cC) = 1, (2, 3)
for loopVar in ():
    pass
with ctx() as withVar:
    pass
try:
    pass
except Exception as errVar:
    pass
if (walrusVar := 1):
    pass
f = lambda: (lambdaVar := 1)
annotatedVar: int = 1
[compVar for compVar in ()]

# non-hits
CamelCase = 1
CONSTANT = 1
lower_case = 1
tuple_Name = namedtuple('tuple_Name', 'x')
maxDiff = None  # default ignore-names
obj.attrName = 1
