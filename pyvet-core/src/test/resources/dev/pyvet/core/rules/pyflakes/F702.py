# Hits: continue outside a loop.
continue
if x:
    continue
for x in y:
    pass
else:
    continue
while x:
    def f():
        continue
    class C:
        continue
def g():
    continue
class D:
    continue
while x:
    pass
else:
    while y:
        pass
    else:
        continue
try:
    continue
finally:
    pass

# Non-hits.
for x in y:
    continue
while x:
    if y:
        continue
    else:
        with z:
            continue
for x in y:
    pass
else:
    while z:
        continue
for x in y:
    try:
        pass
    finally:
        continue
for x in y:
    async def h():
        continue
async def k():
    async for x in y:
        continue
for x in y:
    while z:
        pass
    else:
        continue
for x in y:
    match x:
        case 1:
            continue
