# fixture-path: mypkg/__init__.py
import logging
from logging import basicConfig

logging.basicConfig(level=logging.DEBUG)  # hit
basicConfig()  # hit


def configure_for_tests():
    logging.basicConfig(level=logging.DEBUG)  # called by someone on purpose


class Settings:
    def basicConfig(self):
        return None


Settings().basicConfig()
