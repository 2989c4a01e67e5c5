import tempfile
import tempfile as tf
from tempfile import mktemp

a = tempfile.mktemp()
b = tf.mktemp(suffix=".json")
c = mktemp()

# non-hits
d = tempfile.mkstemp()
e = tempfile.NamedTemporaryFile(delete=False)
f = tempfile.mkdtemp()


class Store:
    def mktemp(self):
        return self


g = Store().mktemp()


def shadowed(mktemp):
    return mktemp()
