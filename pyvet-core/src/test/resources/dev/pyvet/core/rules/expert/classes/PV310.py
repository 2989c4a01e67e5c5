class Resource:
    def __exit__(self, exc_type, exc, tb):
        self.close()
        if exc is not None:
            raise exc


class Bare:
    def __exit__(self, exc_type, exc_value, traceback):
        self.close()
        if exc_type:
            raise


class AsyncResource:
    async def __aexit__(self, et, ev, tb):
        await self.close()
        if ev:
            raise ev


# Not reported: a new exception chained from it, a bare raise inside an except handler,
# another exception, a nested function, returning False, *args.
class Translating:
    def __exit__(self, exc_type, exc, tb):
        if isinstance(exc, KeyError):
            raise LookupError("missing") from exc


class Handler:
    def __exit__(self, exc_type, exc, tb):
        try:
            self.close()
        except OSError:
            raise


class Other:
    def __exit__(self, exc_type, exc, tb):
        if self.failed:
            raise RuntimeError("cleanup failed")

        def later():
            raise exc

        self.later = later
        return False


class Star:
    def __exit__(self, *exc):
        raise exc[1]


def __exit__(self, exc_type, exc, tb):
    raise exc
