a = b = 1
args = ()
kw = {}

# hits
'{0} {1}'.format(a)
'{}'.format()
'{a}'.format()
'{a} {z} {c}'.format(b=b)
'{0:{1}}'.format(a)
'{:{}}'.format(a)
'{0} {10} {2}'.format(a)
'{a.b[c]}'.format()
'{-1}'.format(a)
'{ 0 }'.format()
'{0[0]} {a}'.format()
'{١}'.format(a)
'{0_0}'.format()
'{00}'.format()
'{0:{a}}'.format(a)

# non-hits
'{0} {1}'.format(*args)
'{a}'.format(**kw)
'{a}'.format(a=a)
'{0.real}'.format(a)
'{}'.format(a)
'{{a}}'.format()
'{a}'.format_map({})
b'{a}'.format()
'{0!r:}'.format(a)
