x = """
"""  # noqa
y = = 2
