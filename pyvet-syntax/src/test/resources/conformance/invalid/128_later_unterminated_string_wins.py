x y

q = "abc
