import sys
import threading
from sys import setprofile


def tracer(frame, event, arg):
    return tracer


sys.settrace(tracer)  # hit
threading.settrace(tracer)  # hit
setprofile(tracer)  # hit


def cleanup():
    sys.settrace(None)  # removing the hook
    threading.setprofile(None)


def main():
    sys.settrace(tracer)  # an entry point


def other(sys):
    sys.settrace(tracer)  # a parameter, not the module


if __name__ == "__main__":
    sys.setprofile(tracer)
