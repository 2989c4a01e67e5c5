def f(:  # noqa: E999
    pass
