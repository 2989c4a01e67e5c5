import unittest
from unittest import TestCase


class A(unittest.TestCase):
    def setup(self):
        self.x = 1

    def tearDOWN(self):
        pass

    def setUpclass(cls):
        pass

    def tear_down_class(cls):
        pass

    def setUpClass(cls):
        pass


class B(TestCase):
    async def asyncSetup(self):
        pass

    # non-hits
    def setUp(self):
        self.x = 1

    @classmethod
    def setUpClass(cls):
        pass

    @staticmethod
    def tearDownClass():
        pass

    def setup_method(self, method):
        pass

    def teardown_class(cls):
        pass


class C(unittest.TestCase):
    def setUp(self):
        self.teardown()

    def teardown(self):
        pass


class NotATest:
    def setup(self):
        pass

    def setUpClass(cls):
        pass


class D(unittest.TestCase):
    # non-hit: called on the class without arguments, which works
    def setUpClass():
        pass
