a = b = 1
m = {'a': 1}

# hits
'%(a)*d' % m
'%(a).*f' % m
'%(a)*.*f' % m
'%(a)*d' % (a, b)

# non-hits
'%*d' % (a, b)
'%(a)5d' % m
'%(a).5f' % m
'%(a)s' % m
'%(*)d' % m
b'%(a)*d' % m
