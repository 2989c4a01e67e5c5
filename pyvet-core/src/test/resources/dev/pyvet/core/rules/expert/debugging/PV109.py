import logging

logger = logging.getLogger(__name__)

logger.exception("at import")  # hit


def parse(value):
    if not value.isdigit():
        logger.error("not a number: %r", value, exc_info=True)  # hit
        raise ValueError(value)
    try:
        return int(value)
    except ValueError:
        logger.exception("cannot parse %r", value)
        logger.warning("cannot parse", exc_info=True)
        raise
    finally:
        logging.exception("in finally")  # hit


def nested():
    try:
        pass
    except OSError:
        def later():
            logger.exception("runs later, outside the handler")  # hit
        return later


def handle_error(exc):
    logger.exception("helpers named as handlers run from except blocks")


class Resource:
    def __exit__(self, kind, value, tb):
        logger.error("closing", exc_info=True)


def explicit(exc):
    logger.error("with an exception object", exc_info=exc)
    logger.error("explicitly off", exc_info=False)
    logger.info("no traceback asked")
