def walk(d, key):
    for k, v in d.iteritems():
        print(k, v)
    keys = list(d.iterkeys())
    values = [v for v in d.itervalues()]
    if d.has_key(key):
        return keys, values
    return d.viewitems()


# non-hits: the Python 3 forms, module functions, calls with other arities
import six


def modern(d, key):
    for k, v in six.iteritems(d):
        print(k, v)
    if key in d:
        return d.items()
    return d.iteritems(key)


import sys
import unittest


class T(unittest.TestCase):
    def test_gone(self):
        with self.assertRaises(AttributeError):
            {}.iteritems()
        if sys.version_info[0] == 2:
            {}.has_key(1)
