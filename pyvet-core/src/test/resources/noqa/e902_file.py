# flake8: noqa
x = (1
