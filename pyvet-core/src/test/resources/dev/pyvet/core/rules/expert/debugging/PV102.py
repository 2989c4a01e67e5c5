from memory_profiler import profile as mprofile
import line_profiler


@profile  # hit: kernprof's injected name
def hot_loop(n):
    return sum(range(n))


@mprofile(precision=4)  # hit
async def fetch():
    pass


@line_profiler.profile  # hit
def parse(lines):
    return lines


def local_profile(f):
    return f


class Tools:
    @staticmethod
    def profile(f):
        return f


@local_profile
def fine():
    pass


@Tools.profile
def also_fine():
    pass


def outer():
    from mylib.timing import profile

    @profile  # imported from the project, not a profiler
    def inner():
        pass
    return inner
