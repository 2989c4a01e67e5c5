# fixture-path: tests/test_config.py
import unittest


class TestConfig:
    def test_defaults(self):
        self.assertEqual(1, 1)


class ConfigTests(object):
    def test_levels(self):
        if True:
            self.assertIn("info", ["info"])


# non-hits
class TestPytestStyle:
    def test_plain_assert(self):
        assert 1 == 1


class SharedTests:
    def test_shared(self):
        self.assertTrue(True)


class TestShared(SharedTests, unittest.TestCase):
    pass


class TestBaseBehaviour:
    def test_base(self):
        self.assertTrue(True)


class TestDerived(dict):
    def test_x(self):
        self.assertTrue(True)


class Helper:
    def test_helper(self):
        self.assertTrue(True)


def factory():
    class TestInner:
        def test_inner(self):
            self.assertTrue(True)
    return TestInner
