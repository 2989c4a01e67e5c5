a = b = 1

# hits
'{} {1}'.format(a, b)
'{0} {}'.format(a, b)
'{:{0}}'.format(a, b)
'{0:{}}'.format(a, b)
'{} {a} {0}'.format(a, a=a)
'{ 0 } {}'.format(a, b)
'{}{١}'.format(a, b)

# non-hits
'{} {}'.format(a, b)
'{0} {1}'.format(a, b)
'{} {a}'.format(b, a=a)
'{0} {a}'.format(b, a=a)
'{:{}}'.format(a, b)
'{0:{1}}'.format(a, b)
'{{}} {0}'.format(a)
'{0.real} {1[x]}'.format(a, {'x': b})
b'{} {0}'.format(a)
