x=1
# flake8: noqa: E225
y=1
