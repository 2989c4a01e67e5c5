import logging
import logging as lg
import math

logger = logging.getLogger(__name__)


class Service:
    def __init__(self):
        self._log = logging.getLogger(__name__)

    def run(self, user, n):
        logger.info(f"user {user}")  # hit
        self._log.debug("n=%d" % n)  # hit
        logging.warning("user {}".format(user))  # hit
        lg.error("failed for " + user)  # hit
        logger.log(logging.INFO, f"{n} items")  # hit
        logging.getLogger("x").info(f"{n}")  # hit
        logger.info(msg=f"{user}")  # hit

        logger.info("user %s", user)
        logger.info(f"constant text")  # no placeholder
        logger.info("a" + "b")  # literals only
        logger.log(logging.INFO, "%d items", n)
        math.log(n % 3)  # not a logger
        self.catalog.info(f"{user}")  # not spelled like a logger
        self.results.error("x %s" % user)
        print(f"{user}")
        logger.info(*[f"{user}"])  # a starred message is not examined
