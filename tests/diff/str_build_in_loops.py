"""Strings built incrementally in loops: binary, padding, reversed digits, runs."""
def to_binary(n):
    if n == 0:
        return '0'
    s = ''
    neg = n < 0
    if neg:
        n = -n
    while n > 0:
        s = str(n % 2) + s
        n //= 2
    if neg:
        s = '-' + s
    return s

def to_hex(n):
    digits = ''
    if n == 0:
        return '0'
    while n > 0:
        d = n % 16
        if d < 10:
            ch = str(d)
        elif d == 10:
            ch = 'a'
        elif d == 11:
            ch = 'b'
        elif d == 12:
            ch = 'c'
        elif d == 13:
            ch = 'd'
        elif d == 14:
            ch = 'e'
        else:
            ch = 'f'
        digits = ch + digits
        n //= 16
    return digits

def pad(s, width, n):
    out = s
    while n < width:
        out = ' ' + out
        n += 1
    return out

def rev_digits(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r

for n in range(-3, 18):
    print(n, to_binary(n), to_hex(abs(n)))
print(to_binary(140737488355327), to_hex(140737488355327), to_hex(3735928559))
for i in range(1, 6):
    print('[' + pad(str(i * 111), 8, i) + ']')
print(rev_digits(123456789), rev_digits(1000), rev_digits(12345678901234))
acc = ''
for i in range(10):
    acc += str(i)
    if i % 3 == 2:
        acc += '|'
print(acc)
word = 'ab'
for i in range(4):
    word = word + 'é' + word
print(word)
s = ''
for i in range(5):
    s = '(' + s + ')'
print(s)
