"""and/or return operand values, short circuit, and mix with not."""
print(0 or 'x', '' and 5, 1 and 2, 1 or 2, 0 and 1, None or 0, None and 0)
print('' or '', 'a' or 'b', 'a' and 'b', 0.0 or -0.0, -0.0 or 0.0, 0.0 and 1)
print(False or None, None or False, True and None, 3 and 0.0 and 'never')
print(0 or 0.0 or '' or None or 'last', 1 and 2 and 3 and 4, 1 and 0 and 3)
print(not 0, not 1, not '', not 'a', not None, not 0.0, not -0.0, not 0.1)
print(not not 5, not (1 and 0), (not 1) or 2, not 1 or 2, not (1 or 2))

def t(name, val):
    print('call', name)
    return val

print(t('a', 0) or t('b', 5))
print(t('a', 1) or t('b', 5))
print(t('a', 0) and t('b', 5))
print(t('a', 'x') and t('b', ''))
print(t('a', 0) or t('b', 0) or t('c', 7) or t('d', 8))
print(t('a', 1) and t('b', 2) and t('c', None) and t('d', 8))
print(t('a', 0) and t('b', 1) or t('c', 2))
print(t('a', 1) or t('b', 1) and t('c', 2))
x = 5
y = x > 3 and 'big' or 'small'
print(y)
y = x > 10 and 'big' or 'small'
print(y)
z = None
w = z or 'default'
print(w)
