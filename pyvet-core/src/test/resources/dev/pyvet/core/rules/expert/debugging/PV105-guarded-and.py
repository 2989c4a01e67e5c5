# fixture-path: mypkg/__init__.py
import sys


def run():
    print("a module that runs as a script prints")


if sys.platform != "win32" and __name__ == "__main__":
    run()
