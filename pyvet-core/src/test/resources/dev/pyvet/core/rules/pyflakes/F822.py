import os
from json import loads

# Hits
__all__ = ["missing", "os", "loads"]
__all__ += ["also_missing"]
__all__ = __all__ + ["not_followed"]
__all__ = ["concat_a"] + ["concat_b"] + ["defined"]

# Non-hits
__all__.extend(["extend_not_followed"])
__all__.append("append_not_followed")


def defined():
    pass


names = ["not_all"]
