a = b = 1
m = {}

# hits
'%s %s' % {'a': a}
'%s %s' % {}
'%*s' % {'a': a}
'%.*f' % {}
'%s %%  %d' % {'k': 1, 'j': 2}

# non-hits
'%s' % {'a': a}
'%s %s' % {**m}
'%s %s' % {a: b}
'%s %s' % {'a': a, **m}
'%(a)s' % {'a': a}
'%s %s' % m
b'%s %s' % {b'a': a}
