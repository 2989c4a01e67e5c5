def count(path):
    n = 0
    with open(path) as f:
        for line in f.readlines():
            n += len(line)
    return n


def names(f):
    return [line.strip() for line in f.readlines()]


# non-hits
def good(path):
    with open(path) as f:
        for line in f:
            print(line)


def hint(f):
    for line in f.readlines(1024):
        print(line)


def kept(f):
    lines = f.readlines()
    for line in lines:
        print(line)
    return len(lines)
