"""f-strings with !r !s !a, nested format specs and expressions."""
name = 'wörld'
n = 42
x = 3.14159
items = [1, 'two', 3.0]
print(f'hello {name}!', f'{name!r}', f'{name!s}', f'{name!a}', f'{"日本"!a}', f'{"😀"!a}')
print(f'{n}', f'{n!r}', f'{x!r}', f'{items}', f'{items!r}', f'{None}', f'{True!s}')
print(f'{n + 1} {n * 2:5d} {x * 2:.3f} {len(name)} {name.upper()} {items[1]!r:>8}')
for w in [6, 8, 10]:
    for p in [0, 2, 4]:
        print(f'[{x:{w}.{p}f}] [{n:>{w}}] [{name:^{w}}] [{x:{"<"}{w}.{p}e}]')
print(f'{{literal}} {{{n}}} {n:{"x"}} {"}"} {"{"}')
print(f'{"a" "b"}', f'{1}{2}{3}', f'{n:,}', f'{2 ** 70:_}', f'{-x:+.1f}', f'{x:%}')
print(f'{"tab":>6}|{"x" * 3:*<7}|{str(n):0>5}|{name!r:12}|')
print(f"{'nested'}", f'{"é"!r:>5}|', f'{n if n > 40 else -n}')
