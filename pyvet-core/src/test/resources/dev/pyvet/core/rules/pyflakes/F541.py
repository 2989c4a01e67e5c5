a = 1
w = 5

# hits
f'plain'
f''
x = f"also" f"plain"
'a' f'b' 'c'
print(f'''
multi
''')
f'{{escaped}}'
f'{(lambda: f"in lambda")()}'
f'{(lambda: f"{f'deep'}")()}'
rf'\d+'
y = [f'é', f'{a}', f"x"]
z = (  f'ç' )

# non-hits
f'{a}'
f'{a:>10}'
f'{a:{w}}'
f'{a!r:>{w}}'
f'{a=}'
f'{f"inner"}'
f'{a:{f"{w}"}}'
f'{[f"in list" for _ in "x"]}'
f'{(lambda x=f"default": x)()}'
'a' f'{a}' 'c'
'plain'

# pyflakes never walks these: type parameter defaults, and return/yield/await values at module
# or class level
def g[T = f'abc', *Ts = f'q', **P = f'r'](): pass
class K:
    yield f'in class'
    x = [(yield f'in comprehension: walked') for _ in a]
    def m(self, d=(yield f'default: walked')): return f'walked'
await f'module'
return f'module'
h = lambda x=(yield f'lambda default'): (yield f'lambda body: walked')
@(yield f'decorator')
def h(y=(yield f'default: walked')) -> (yield f'return annotation: walked'): pass

# string annotations are parsed and walked too, at the string's position
def k(p: "f'in annotation'", *q: "List[f'in subscript']") -> "Literal[f'in Literal']": pass
z: "Annotated[f'first', f'second: not an annotation']" = 1
type Alias = "f'in alias'"
def n[T: "f'in bound'"](): pass
from typing import cast, TypedDict
c = cast("f'in cast'", n)
D = TypedDict("D", {"k": "f'in TypedDict'"})
