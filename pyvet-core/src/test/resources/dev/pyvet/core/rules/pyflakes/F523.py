a = b = c = 1
args = ()

# hits
'{0}'.format(a, b)
''.format(a, b, c)
'{1}'.format(a, b)
'{}'.format(a, b, c)
'{0}{2}'.format(a, b, c, a, b, c, a, b, c, a, b, c)
'{a}'.format(a, a=a)
'{ 1 }'.format(a, b)
'{-1}'.format(a)

# non-hits
'{0}{1}'.format(a, b)
'{}{}'.format(a, b)
'{0}'.format(a, *args)
'{0}'.format(a, b, **{})
'{0.real}{1[0]}'.format(a, [b])
'{:{}}'.format(a, b)
'{0:{1}}'.format(a, b)
'{0:>{1}.{2}}'.format(a, b, c)
'{}'.format(*args)
'{0} {0}'.format(a)
b'{0}'.format(a, b)
# in strings that typing helpers read as annotations
import typing as t
c = t.cast("'{}'.format(a, b)", a)
T = t.TypeVar("T", bound="'{}'.format(a, b)")
