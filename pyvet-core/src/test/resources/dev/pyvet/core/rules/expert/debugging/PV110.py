import logging

log = logging.getLogger(__name__)


def sync(account):
    try:
        account.push()
    except OSError as e:
        log.error(e)  # hit
    try:
        account.pull()
    except (KeyError, ValueError) as err:
        log.critical("pull failed: %s", err)  # hit
        if account.retry:
            log.error(f"giving up: {err!r}")  # hit
        return None

    try:
        account.close()
    except OSError as e:
        log.error("close failed: %s", e, exc_info=True)
        log.exception("close failed")
        log.warning("close failed: %s", e)  # a warning may drop the traceback
        log.error("close failed")  # does not log the exception itself
    try:
        account.flush()
    except OSError as e:
        log.error("flush failed: %s", e)
        raise  # the caller gets the traceback
    try:
        account.flush()
    except OSError as e:
        log.error("flush failed: %s", e)
        raise RuntimeError("flush") from e
    try:
        account.flush()
    except OSError:
        log.error("no name bound")
