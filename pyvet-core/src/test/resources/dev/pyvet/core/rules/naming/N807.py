# N807: functions outside classes named like dunders
def __bad__():
    pass


async def __async_bad__():
    pass


def ___():
    pass


def __():
    pass


class C:
    def method(self):
        def __nested__():
            pass

    try:
        pass
    except Exception:
        def __init__(self):  # not a method for pep8-naming: in an except clause
            pass


# non-hits
class D:
    def __init__(self):
        pass

    if True:
        def __eq__(self, other):
            pass


def __getattr__(name):
    pass


def __dir__():
    pass


def __private():
    pass


def trailing__():
    pass
