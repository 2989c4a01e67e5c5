a = b = 1
m = {}

# hits
'%(a)s %(b)s' % {'a': a}
'%(a)s %(z)s %(c)s' % {}
'%(a)s %(b)s' % {'c': a}
'%(a b)s' % {'a': a}

# non-hits
'%(a)s %(b)s' % {'a': a, **m}
'%(a)s' % {'a': a}
'%(a)s' % m
'%(a)s %(b)s' % {'a': a, b: b}
'%(a)s' % (a,)
