a = 1

# hits
t'plain'
t''
x = t"also" t"plain"
t'{{escaped}}'
f'{t"in f-string"}'
t'{t"in t-string"}'
(  t'é' )

# non-hits
t'{a}'
t'{a:>10}'
t'{a!r}'
t'{a=}'
t'{f"nested f-string"}'
f'plain'
'plain'
