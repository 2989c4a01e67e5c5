import time
import subprocess
import requests
import socket
from urllib.request import urlopen
from time import sleep as pause


async def handler(url):
    time.sleep(1)
    pause(2)
    requests.get(url)
    urlopen(url)
    subprocess.run(["ls"])
    with open("data.txt") as f:
        data = f.read()
    addresses = [socket.getaddrinfo(h, 80) for h in ("a", "b")]
    return data, addresses


# Not reported: sync functions, nested sync functions and lambdas inside async ones, shadowed
# names, the async replacements, look-alike methods on other objects.
def sync_handler(url):
    time.sleep(1)
    return requests.get(url)


async def nested():
    def helper():
        time.sleep(1)

    later = lambda: time.sleep(1)
    return helper, later


async def shadowed(open):
    open("x")
    sleep = lambda s: s
    sleep(1)


async def good(session, loop):
    import asyncio

    await asyncio.sleep(1)
    await asyncio.to_thread(time.sleep, 1)
    await loop.run_in_executor(None, time.sleep, 1)
    session.get("url")
    session.run()
