x=1  # noqa:
y=1
s="""# noqa:
W291"""
t="""# noqa:
E225"""
