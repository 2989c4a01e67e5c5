def render(rows):
    out = ""
    for row in rows:
        out += str(row)
        out += "\n"
    return out


def encode(chunks):
    data = b""
    i = 0
    while i < len(chunks):
        data = data + chunks[i]
        i += 1
    return data


def nested(rows):
    text = f"{len(rows)}:"
    for row in rows:
        for cell in row:
            if cell:
                text += cell
    return text


# non-hits
def numbers(xs):
    total = 0
    for x in xs:
        total += x
    return total


def lists(xs):
    parts = []
    for x in xs:
        parts += [x]
    return "".join(parts)


def once(xs):
    s = ""
    s += "header"
    return s


def rebound(xs):
    s = ""
    for s in xs:
        s += "!"
    return s


def comprehension_only(xs):
    return "".join(x for x in xs)


acc = ""
for word in ["a", "b"]:
    acc += word
