g = lambda (x): 0
