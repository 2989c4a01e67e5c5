import logging
from logging import getLogger as get

log = logging.getLogger("myapp")  # hit
audit = get("myapp.audit")  # hit

module_logger = logging.getLogger(__name__)
root = logging.getLogger()
also_root = logging.getLogger("")
script = logging.getLogger("__main__")
logging.getLogger("urllib3").setLevel(logging.WARNING)  # configuring another library's logger


def setup():
    quiet = logging.getLogger("requests")  # not the module's own logger
    quiet.propagate = False


class Other:
    @staticmethod
    def getLogger(name):
        return name


named = Other.getLogger("x")
