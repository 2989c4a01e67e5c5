import base64
from test.support.warnings_helper import check_warnings
import hashlib
import subprocess as sp
from subprocess import check_output

a = str(b"abc")
data = "naïve".encode("utf-8")
b = str(data)
c = str(hashlib.sha256(data).digest())
d = str(sp.check_output(["whoami"]))
e = f"value: {data}"
f = f"{base64.b64encode(data)!s}"
g = str(check_output("ls"))

# non-hits
h = str(data, "utf-8")
i = str(b"abc", encoding="ascii")
j = f"{data!r}"
k = str(sp.check_output(["whoami"], text=True))
l = str(check_output("ls", encoding="utf-8"))
m = str("text".encode)
text = data.decode("utf-8")
n = str(text)
o = str(json_encoder.encode(obj))
p = str(hashlib.sha256(data).hexdigest())
data = "rebound"
q = str(data)


def shadowed(str):
    return str(b"abc")


def param(raw):
    return str(raw)


def test_bytes_warning(self):
    raw = "x".encode()
    with self.assertWarns(BytesWarning):
        str(raw)
    with check_warnings(("", BytesWarning)):
        f"{raw}"
    return str(raw)
