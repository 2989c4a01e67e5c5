import datetime
import datetime as dt
from datetime import datetime as DT, timezone, date
import time
import pytest

a = datetime.datetime.utcnow()
b = dt.datetime.utcfromtimestamp(time.time())
c = DT.now()
d = DT.now(None)
e = DT.now(tz=None)
f = datetime.datetime.fromtimestamp(1.0)
g = DT.today()

# non-hits: a time zone is passed
h = DT.now(timezone.utc)
i = DT.now(tz=timezone.utc)
j = dt.datetime.fromtimestamp(1.0, timezone.utc)
k = DT.fromtimestamp(1.0, tz=timezone.utc)
l = DT.now(*args)
m = DT.now(**options)
# non-hits: dates, look-alikes, shadowed names
n = date.today()
o = datetime.date.today()
p = time.time()


def local(datetime):
    return datetime.now()


class Clock:
    def now(self):
        return self.utcnow()


q = Clock().now()


def test_deprecated(self):
    with self.assertWarns(DeprecationWarning):
        DT.utcnow()
    with pytest.warns(DeprecationWarning):
        DT.utcfromtimestamp(0)
