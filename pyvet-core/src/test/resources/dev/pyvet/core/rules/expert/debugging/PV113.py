# fixture-path: mypkg/__init__.py
import logging
import logging as log

logger = logging.getLogger(__name__)


def connect(url):
    logging.info("connecting to %s", url)  # hit
    log.warning("slow")  # hit
    logger.info("connecting to %s", url)
    logging.getLogger(__name__).debug("fine")


def main():
    logging.info("an entry point may use the root logger")

