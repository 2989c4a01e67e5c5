a = b = 1
kw = {}

# hits
'{a}'.format(a=a, b=b)
''.format(z=a, c=b, a=a, B=b)
'{0}'.format(a, x=b)
'{a.b}'.format(a=a, ab=b)
'{a[0]}'.format(a=a, b=b)
'{a}{b}'.format(a=a, b=b, é=a)

# non-hits
'{a}{b}'.format(a=a, b=b)
'{a}'.format(a=a, **kw)
'{a}'.format(*[a], a=a, b=b)
'{0:{b}}'.format(a, b=b)
'{a!r:{b}}'.format(a=a, b=b)
'{}'.format(a)
b'{a}'.format(a=a, b=b)
'{a}'.format_map({'a': a, 'b': b})
