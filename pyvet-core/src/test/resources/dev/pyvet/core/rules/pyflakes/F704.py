# Hits: yield, yield from and await at module level or in a class body.
yield
yield 1
x = yield from y
await z
class C:
    yield
    a = await b
    def m(self):
        pass
    yield (yield)
@(yield)
def f():
    pass
@(await d)
class D:
    pass
l = lambda x=(yield): 0
x: (yield) = 1
for a in (yield):
    pass
if await z:
    await w

# Non-hits.
def g():
    yield
    yield from y
    await z
    class E:
        def n(self):
            yield
async def h():
    await z
lam = lambda: (yield)
lam2 = lambda: await z
gen = [await x for x in y]
gen2 = (await x for x in y)
gen3 = {x: await x for x in y}
gen4 = [x for x in await y]
def k(a=(yield), b: (yield) = 1) -> (await z):
    pass
class F((yield), metaclass=(await z)):
    pass
class G:
    m = [await x for x in y]
