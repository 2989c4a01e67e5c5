import os


# Hits
def double(x):
    """Doubles.

    >>> double(2))
    4
    >>> def broken(:
    ...     pass
    """
    return 2 * x


class Klass:
    """
        >>> Klass(
    """

    def method(self):
        """
        >>> x = = 1
        """


def tabs():
    """
	>>> if True:
	...     pass
	... else
    """


def not_a_continuation():  # ".." is output, so the example is "x = ("
    """
    >>> x = (
    .. 1)
    """


# Non-hits: valid examples, malformed docstrings doctest rejects, nested functions
def valid():
    """
    >>> valid()
    >>> import sys
    >>> print(os, sys, _)
    """


def not_an_example():
    """
    >>>no space after the prompt
    """


def outer():
    def nested():
        """
        >>> nested(
        """
    return nested
