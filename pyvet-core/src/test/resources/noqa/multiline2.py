w="""# noqa:E501,
E225"""
v="""# noqa:E501,
X225"""
z = 1 + \
    2+3  # noqa: E226
a = (1+2,  # noqa
     3+4)
b = (1+2,
     3+4)  # noqa
c = """xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
"""+1  # noqa:E225
d = """xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
"""+1  # noqa:E501
e = 1+\
    f"""{x}
xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"""  # noqa:E501
