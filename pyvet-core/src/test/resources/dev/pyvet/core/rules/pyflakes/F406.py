# Hits
def f():
    from os.path import *


class C:
    from json import *


def g():
    def h():
        from . import *

# Non-hits
from collections import *
