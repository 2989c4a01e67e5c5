a = 1
w = 5

# hits
f'plain'
f''
x = f"also" f"plain"
'a' f'b' 'c'
print(f'''
multi
''')
f'{{escaped}}'
f'{(lambda: f"in lambda")()}'
f'{(lambda: f"{f'deep'}")()}'
rf'\d+'
y = [f'é', f'{a}', f"x"]
z = (  f'ç' )

# non-hits
f'{a}'
f'{a:>10}'
f'{a:{w}}'
f'{a!r:>{w}}'
f'{a=}'
f'{f"inner"}'
f'{a:{f"{w}"}}'
f'{[f"in list" for _ in "x"]}'
f'{(lambda x=f"default": x)()}'
'a' f'{a}' 'c'
'plain'
