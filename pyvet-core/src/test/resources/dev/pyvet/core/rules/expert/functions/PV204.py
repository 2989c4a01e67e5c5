import datetime as dt
import functools
import random
import time
import urllib.request
from datetime import datetime
from functools import lru_cache

import requests


@functools.lru_cache(maxsize=32)
def stamp(name):
    return f"{name}-{time.time()}"


@lru_cache
def today():
    return dt.date.today()


@functools.cache
def now():
    return datetime.now()


@lru_cache(maxsize=None)
def config(path):
    with open(path) as f:
        return f.read()


@lru_cache
def page(url):
    return requests.get(url).text


@lru_cache
def raw(url):
    return urllib.request.urlopen(url).read()


@lru_cache
def roll():
    return random.randint(1, 6)


# non-hits
@lru_cache
def pure(n):
    return n * n


def uncached():
    return time.time()


@lru_cache
def seeded(seed):
    return random.Random(seed)


@lru_cache
def nested():
    def later():
        return time.time()
    return later


@lru_cache
def shadowed_open(path):
    open = str.upper
    return open(path)


class Session:
    def get(self, url):
        return url


@lru_cache
def local_get(url):
    session = Session()
    return session.get(url)
