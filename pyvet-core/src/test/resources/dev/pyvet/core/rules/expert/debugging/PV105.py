# fixture-path: mypkg/__init__.py
import sys


def load(path):
    print("loading", path)  # hit
    print(path, file=sys.stderr)  # explicit destination: output on purpose
    return path


class Parser:
    def feed(self, data):
        print(repr(data))  # hit


def main():
    print("usage: ...")  # an entry point


def _main():
    print("done")


def shadow():
    print = sys.stdout.write
    print("not the builtin")


def kwargs(options):
    print("x", **options)  # may carry file=


print("imported")  # hit
