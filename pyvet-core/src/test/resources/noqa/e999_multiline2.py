y = = """
"""  # noqa
