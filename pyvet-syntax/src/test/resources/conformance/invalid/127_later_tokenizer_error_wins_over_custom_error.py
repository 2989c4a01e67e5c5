def f(:
    pass
z = 0xg
