import time
import time as t
from time import time as now


def job(work):
    start = time.time()
    work()
    elapsed = time.time() - start
    return elapsed


def aliased(work):
    began = t.time()
    work()
    print(t.time() - began)
    before = now()
    work()
    return now() - before


# non-hits
def good(work):
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def age(mtime):
    return time.time() - mtime


def mixed(work, stamp):
    start = time.time()
    if stamp:
        start = stamp
    return time.time() - start


def an_hour_ago():
    return time.time() - 3600
