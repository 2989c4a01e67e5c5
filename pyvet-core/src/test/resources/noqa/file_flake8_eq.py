x=1
    # FLAKE8=NOQA
