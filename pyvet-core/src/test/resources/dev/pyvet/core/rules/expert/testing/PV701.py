import unittest
from unittest import TestCase as Case
import unittest as ut


class ParserTests(unittest.TestCase):
    def tset_empty(self):
        self.assertEqual(1, 1)

    def Test_upper(self):
        self.assertTrue(True)

    async def parse_test(self):
        assert 1

    @unittest.skip("later")
    def TEST_skipped(self):
        self.fail("x")

    # non-hits
    def test_ok(self):
        self.assertEqual(1, 1)

    def tset_no_assert(self):
        print("nothing")

    def tset_with_param(self, value):
        self.assertEqual(value, 1)

    def _private_test(self):
        self.assertTrue(True)

    def check_test(self):
        self.assertTrue(True)

    def test_calls_helper(self):
        self.check_test()

    @property
    def tset_property(self):
        self.assertTrue(True)


class Derived(ParserTests):
    def Test_inherited(self):
        self.assertIn(1, [1])


class Aliased(Case):
    def tets_alias(self):
        self.assertIsNone(None)


class ModuleAlias(ut.IsolatedAsyncioTestCase):
    async def tset_async(self):
        self.assertFalse(False)


# non-hit: not a test case
class Plain(object):
    def tset_plain(self):
        assert True


class Other(Plain):
    def Test_other(self):
        self.assertEqual(1, 1)


def suite():
    return unittest.TestSuite([ParserTests("named_in_suite_test")])


class Named(unittest.TestCase):
    def named_in_suite_test(self):
        self.assertTrue(True)

    def disabled_test_later(self):
        self.assertTrue(False)

    def skip_test_flaky(self):
        self.assertTrue(False)
