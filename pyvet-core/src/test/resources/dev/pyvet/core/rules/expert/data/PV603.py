name = "world"
a = bytes("abc")
b = bytearray(f"hello {name}")
c = bytes("%s!" % name)
text = "{}".format(name)
d = bytes(text)
e = bytes(raw.decode("latin-1"))

# non-hits
f = bytes("abc", "utf-8")
g = bytearray("abc", encoding="utf-8")
h = bytes(10)
i = bytes(b"abc")
j = bytes(name_or_bytes)
k = bytes([1, 2, 3])
l = bytes(*parts)


def shadowed(bytes):
    return bytes("abc")
