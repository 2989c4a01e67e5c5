a = b = 1
m = {}

# hits
'%(a)s' % {'a': a, 'b': b}
'%(a)s' % {'a': a, 'z': b, 'c': a, 'B': b}
'no fields' % {'a': a}
'%%' % {'x': a}
'%(a)s %(a)r' % {'a': a, 'é': b, 'e': b}
'%(a)s' % {'a': a, 'a': b, 'b': b}

# non-hits
'%(a)s %(b)s' % {'a': a, 'b': b}
'%(a)s' % {'a': a, **m}
'%(a)s' % {'a': a, 1: b}
'%s' % {'a': a, 'b': b}
'%(a)s' % dict(a=a, b=b)
b'%(a)s' % {b'a': a, b'b': b}
