# N802: function names in lowercase
def camelCase():
    pass


async def asyncCamel():
    pass


def ÄÖ():
    pass


class C:
    def methodName(self):
        pass

    @staticmethod
    def staticName():
        pass

    def __Weird__(self):
        pass

    def method(self):
        def innerName():
            pass
        return innerName


from typing import override
import typing


@override
def funcOverride():  # override only excuses methods
    pass


# non-hits
def lower_case():
    pass


def _private():
    pass


class D:
    @override
    def overriddenName(self):
        pass

    @typing.override
    def alsoOverridden(self):
        pass

    def setUp(self):  # default ignore-names
        pass

    def tearDownClass(cls):
        pass

    def __getattr__(self, name):
        pass


def __dir__():
    pass
