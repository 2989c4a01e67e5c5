import asyncio
import asyncio as aio
from asyncio import sleep


async def fetch(url):
    await asyncio.sleep(1)
    return url


async def main():
    fetch("a")
    asyncio.sleep(1)
    aio.wait_for(fetch("b"), 1)
    sleep(2)


class Client:
    async def connect(self):
        return 1

    async def run(self):
        self.connect()
        await self.connect()


def sync_caller():
    fetch("c")


# Not reported: awaited, scheduled, kept, async generators, decorated, plain functions, shadowed.
async def stream():
    yield 1


def plain():
    return 1


def decorate(f):
    return f


@decorate
async def wrapped():
    return 1


async def fine():
    await fetch("d")
    task = asyncio.create_task(fetch("e"))
    coro = fetch("f")
    await coro
    stream()
    plain()
    wrapped()
    asyncio.gather(fetch("g"))
    await task


async def shadow():
    def fetch(url):
        return url

    fetch("h")


class Other:
    def connect(self):
        return 1

    async def run(self, other):
        self.connect()
        other.connect()
