class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()
        return True


class QuietToo:
    def __exit__(self, *exc):
        if exc[0] is None:
            return 1
        self.log(exc)
        return True


class AsyncQuiet:
    async def __aexit__(self, exc_type, exc, tb):
        await self.close()
        return True


# Not reported: a check on the exception type decides.
class Selective:
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, KeyError):
            return True
        return False


# Not reported: falls off the end (returns None) on one path.
class FallsThrough:
    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            return True


# Not reported: returns a computed value.
class Computed:
    def __exit__(self, exc_type, exc, tb):
        return exc_type is None or self.suppress


# Not reported: a nested function's return True is not the method's.
class Nested:
    def __exit__(self, exc_type, exc, tb):
        def helper():
            return True
        helper()
        return False


# Not reported: a function named __exit__ outside a class.
def __exit__(self, exc_type, exc, tb):
    return True


# Not reported: __exit__ defined as async, __aexit__ as plain (not the protocol's form).
class WrongKinds:
    async def __exit__(self, *exc):
        return True
