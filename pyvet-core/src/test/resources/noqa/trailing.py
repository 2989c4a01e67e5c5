x = 1   
y = 2  # noqa   
z = 3  # noqa:W291   
zz = 3  # noqa:E261   
