x = """
  # noqa
