import logging
import warnings

logger = logging.getLogger(__name__)


class Job:
    def __init__(self):
        self.log = logging.getLogger(__name__)

    def run(self):
        logging.warn("root")  # hit
        logger.warn("module")  # hit
        self.log.warn("instance")  # hit
        logger.warning("fine")
        warnings.warn("not logging")
        self.validator.warn("some other object")
