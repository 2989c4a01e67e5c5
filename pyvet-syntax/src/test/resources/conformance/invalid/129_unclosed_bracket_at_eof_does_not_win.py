x y
z = (
