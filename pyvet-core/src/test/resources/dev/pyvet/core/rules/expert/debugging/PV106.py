import logging.config
from logging.config import dictConfig as configure, fileConfig

CONFIG = {"version": 1}

logging.config.dictConfig({"version": 1, "handlers": {}})  # hit
configure({"version": 1, "root": {"level": "INFO"}})  # hit
configure(dict(version=1))  # hit
fileConfig("logging.ini")  # hit
fileConfig("logging.ini", disable_existing_loggers=True)  # hit
fileConfig("logging.ini", None, True)  # hit

logging.config.dictConfig({"version": 1, "disable_existing_loggers": False})
logging.config.dictConfig({"version": 1, "disable_existing_loggers": True})  # explicit
logging.config.dictConfig({"version": 1, "incremental": True})  # the option does not apply
logging.config.dictConfig({**CONFIG, "version": 1})  # may hold the key
logging.config.dictConfig(dict(version=1, disable_existing_loggers=False))
logging.config.dictConfig(CONFIG)  # a variable: may get the key elsewhere
fileConfig("logging.ini", disable_existing_loggers=False)
fileConfig("logging.ini", None, False)
fileConfig("logging.ini", **{"disable_existing_loggers": False})


def dictConfig(d):
    return d


dictConfig({"version": 1})  # a local function
