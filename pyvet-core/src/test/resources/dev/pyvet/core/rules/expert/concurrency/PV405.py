import asyncio
from asyncio import coroutine


@asyncio.coroutine
def old():
    yield from asyncio.sleep(1)


@coroutine
def older():
    yield from old()


# Not reported: async def, types.coroutine (still supported), an unrelated coroutine decorator.
import types


async def new():
    await asyncio.sleep(1)


@types.coroutine
def low_level():
    yield


def coroutine2(f):
    return f


@coroutine2
def other():
    return 1
