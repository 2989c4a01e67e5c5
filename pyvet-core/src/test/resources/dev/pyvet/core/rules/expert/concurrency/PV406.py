import asyncio


async def waiter(name):
    await asyncio.sleep(1)
    return name


async def main():
    await asyncio.wait([waiter("foo"), waiter("bar")])
    await asyncio.wait({asyncio.sleep(1)})
    done, pending = await asyncio.wait([waiter(n) for n in "ab"])


# Not reported: tasks, gather, a variable, unknown calls.
async def fine(tasks, make):
    await asyncio.wait([asyncio.create_task(waiter("foo"))])
    await asyncio.gather(waiter("a"), waiter("b"))
    await asyncio.wait(tasks)
    await asyncio.wait([make()])
