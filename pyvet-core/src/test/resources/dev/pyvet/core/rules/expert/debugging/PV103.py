# fixture-path: app/service.py
import cProfile
import profile as pyprofile
import tracemalloc as tm
from cProfile import Profile

tm.start()  # hit

profiler = Profile()  # hit
profiler.enable()


def handle(request):
    cProfile.run("work()")  # hit
    pyprofile.runctx("work()", {}, {})  # hit
    snapshot = tm.take_snapshot()  # hit
    return snapshot


def main():
    cProfile.run("handle(None)")  # an entry point


def report(stats):
    tm.get_traced_memory()  # reading, not starting
    stats.Profile()  # some other object


if __name__ == "__main__":
    p = cProfile.Profile()
    p.enable()
