a = b = 1
m = {}

# hits
'%s %(a)s' % (a, b)
'%(a)s %s' % {'a': a}
'%(a)s %(b)s %s %s' % m
'%s %(a)d %(b)d' % a
'%(a)s %*d' % m

# non-hits
'%s %%' % (a,)
'%(a)s %%' % {'a': a}
'%(a)s %(b)s' % m
'%s %s' % (a, b)
'%% %(a)s' % m
'%(a)% %s' % (a,)
b'%s %(a)s' % (a, b)
