# fixture-path: mypkg/__init__.py
import argparse


def run():
    print("a command-line front-end prints")
