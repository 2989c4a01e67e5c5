import functools
from functools import wraps
import functools as ft


def logged(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapper


def repeat(times=2):
    def decorator(func):
        async def inner(*a, **kw):
            for _ in range(times):
                await func(*a, **kw)
        return inner
    return decorator


# non-hits
def good(function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapper


def good_from(function):
    @wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapper


def good_alias(function):
    @ft.wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapper


def copied(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    functools.update_wrapper(wrapper, function)
    return wrapper


def by_hand(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    wrapper.__name__ = function.__name__
    return wrapper


def adapter(callback):
    # a callback adapter with a fixed signature, not a signature-preserving wrapper
    def handler(event):
        return callback(event.data)
    return handler


def not_returned(function):
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    register(wrapper)
    return function


def calls_other(function, other):
    def wrapper(*args, **kwargs):
        function = other
        return function(*args, **kwargs)
    return wrapper


def register(f):
    return f


def copy_meta(new, old):
    new.__name__ = old.__name__


def helper_copies(method):
    def checked(*args, **kwargs):
        return method(*args, **kwargs)
    copy_meta(checked, method)
    return checked


def _make_wrapper(user_function, maxsize, typed):
    # called with several arguments by a decorator that copies the metadata itself
    def wrapper(*args, **kwds):
        return user_function(*args, **kwds)
    return wrapper


class Tracer:
    def __call__(self, func):
        def traced(*args, **kwargs):
            return func(*args, **kwargs)
        return traced
