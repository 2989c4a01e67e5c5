import time
from time import clock
from time import clock as tick


def measure(work):
    t0 = time.clock()
    work()
    return time.clock() - t0, clock(), tick()


# non-hits
def good(work, clock=None):
    t0 = time.perf_counter()
    work()
    return clock(), time.process_time() - t0


class Scheduler:
    def __init__(self, clock):
        self.clock = clock

    def now(self):
        return self.clock()


try:
    from time import perf_counter as timer
except ImportError:
    from time import clock as timer

if hasattr(time, "clock"):
    legacy = time.clock
