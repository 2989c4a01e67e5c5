import asyncio
from asyncio import Queue


async def main(loop):
    await asyncio.sleep(1, loop=loop)
    queue = Queue(loop=loop)
    lock = asyncio.Lock(loop=loop)
    await asyncio.gather(main(loop), loop=loop)
    return queue, lock


# Not reported: APIs that still take a loop, other objects, no loop argument.
def fine(loop, coro, other):
    asyncio.run_coroutine_threadsafe(coro, loop=loop)
    asyncio.ensure_future(coro, loop=loop)
    other.sleep(1, loop=loop)
    asyncio.Queue()
