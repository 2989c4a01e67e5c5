# Hits: return at module level or in a class body.
return
return 1
if x:
    return x
class C:
    return
    for a in b:
        return a
    class D:
        return
while x:
    return

# Non-hits.
def f():
    return
async def g():
    return 1
class E:
    def m(self):
        return self
    def n(self):
        class F:
            def o(self):
                return 2
        return F
