import functools


def repeat(times=2):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for _ in range(times):
                func(*args, **kwargs)
        return wrapper
    return decorator


def retry(*, attempts=3, delay=0.0):
    def decorator(func):
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper
    return decorator


@repeat
def hello():
    print("hello")


# non-hits
@repeat()
def twice():
    print("twice")


@repeat(times=3)
def thrice():
    print("thrice")


def flexible(func=None, *, times=2):
    # usable bare and called: returns the wrapper directly when given a function
    if func is not None:
        return func
    def decorator(f):
        def wrapper(*args):
            return f(*args)
        return wrapper
    return decorator


@flexible
def either():
    pass


def plain(func):
    def wrapper(*args):
        return func(*args)
    return wrapper


@plain
def ok():
    pass


# keyword-only options: applied bare this fails loudly when the module loads
@retry
def flaky():
    pass
