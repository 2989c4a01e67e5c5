def resize(image, width):
    assert width > 0, "width must be positive"
    assert isinstance(image, bytes)
    return image


async def fetch(url, *, timeout=None):
    """Fetch it."""
    assert timeout is None or timeout > 0
    return url


class Canvas:
    def __init__(self, size):
        assert size
        self.size = size

    def draw(self, shape):
        assert self.ready
        assert shape in SHAPES
        return shape


# non-hits
def _private(value):
    assert value
    return value


def later(value):
    result = compute(value)
    assert value
    return result


def no_param_check(value):
    assert CONFIG_LOADED
    return value


def outer(value):
    def inner(arg):
        assert arg
    return inner


class _Internal:
    def run(self, job):
        assert job
