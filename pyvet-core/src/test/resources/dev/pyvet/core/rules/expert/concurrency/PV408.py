import asyncio
from asyncio import ensure_future


async def work():
    return 1


async def main():
    asyncio.create_task(work())
    ensure_future(work())


# Not reported: kept, awaited, a task group, another object's create_task.
async def fine(loop, tg):
    task = asyncio.create_task(work())
    await asyncio.create_task(work())
    background = set()
    background.add(asyncio.create_task(work()))
    tg.create_task(work())
    async with asyncio.TaskGroup() as group:
        group.create_task(work())
    await task
