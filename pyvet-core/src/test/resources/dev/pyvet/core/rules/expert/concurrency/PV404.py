import asyncio
from asyncio import get_event_loop


async def main():
    return 1


loop = asyncio.get_event_loop()
loop.run_until_complete(main())


def start():
    get_event_loop().run_forever()


# Not reported: inside a coroutine the running loop is returned; the modern API; other objects.
async def inside():
    return asyncio.get_event_loop()


asyncio.run(main())


class Policy:
    def get_event_loop(self):
        return None


Policy().get_event_loop()
