import time
import time as clock
from time import time as now


def timed(work):
    start = time.time()
    work()
    return time.time() - start


def aliased(work):
    t0 = clock.time()
    work()
    elapsed = now() - t0
    return elapsed


# non-hits
def monotonic(work):
    start = time.monotonic()
    work()
    return time.monotonic() - start


def deadline(stamp):
    return time.time() - stamp


def mixed(work):
    start = time.time()
    start = time.perf_counter()
    return time.time() - start


def shadowed(time):
    start = time.time()
    return time.time() - start
