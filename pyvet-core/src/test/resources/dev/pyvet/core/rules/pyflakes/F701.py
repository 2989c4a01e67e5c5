# Hits: break outside a loop.
break
if x:
    break
for x in y:
    pass
else:
    break
while x:
    def f():
        break
    class C:
        break
def g():
    break
class D:
    break
while x:
    pass
else:
    while y:
        pass
    else:
        break
try:
    break
finally:
    pass

# Non-hits.
for x in y:
    break
while x:
    if y:
        break
    else:
        with z:
            break
for x in y:
    pass
else:
    while z:
        break
for x in y:
    try:
        pass
    finally:
        break
for x in y:
    async def h():
        break
async def k():
    async for x in y:
        break
for x in y:
    while z:
        pass
    else:
        break
for x in y:
    match x:
        case 1:
            break
