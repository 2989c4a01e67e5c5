a = b = c = 1

# hits
'%y' % a
'%y-%m-%d' % (a, b, c)
'50% yes' % ()
'%(a)z' % {'a': a}
'%5.3hq' % (a,)
'%é' % a
'%😀' % a
'%\n' % a
'%\'' % a
'%"' % a
'%\x00' % a
'%( ' % a

# non-hits
'%d %i %o %u %x %X %e %E %f %F %g %G %c %r %s %a %%' % (a,) * 16
'%ld %hd %Lf' % (a, b, c)
'%#-+ 0*.*d' % (a, b, c)
b'%y' % a
'%' '%' % ()
'%s' % '%y'
