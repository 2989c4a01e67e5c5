a = b = 1
t = (a, b)

# hits
'%(a)s' % (a,)
'%(a)s %(b)s' % [a, b]
'no placeholders' % ()
'%%' % (a,)
'%(a)s' % ()
'%(a)*s' % (a, b)

# non-hits
'%(a)s' % {'a': a}
'%(a)s' % t
'%(a)s' % (*t,)
'%s' % (a,)
'%(a)s %s' % (a, b)
b'%(a)s' % (a,)
