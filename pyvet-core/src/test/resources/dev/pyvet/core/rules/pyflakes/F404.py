"""Docstrings and other from-imports may come first."""
from __future__ import annotations
"""A second string is a docstring too, as pyflakes sees it."""
from os import path
from __future__ import division
import sys

# Hits
from __future__ import generators

if sys:
    from __future__ import print_function


def f():
    from __future__ import nested_scopes
