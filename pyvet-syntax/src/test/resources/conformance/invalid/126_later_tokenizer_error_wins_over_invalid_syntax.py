x y
z = 1abc
