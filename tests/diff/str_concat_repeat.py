"""String concatenation and repetition (incl. unicode, zero and negative counts)."""
print('ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, '' * 5, 'x' * 1, '[' + 'ab' * -1 + ']')
print('héllo' + ' ' + '日本', '日本' * 3, 'é' * 4 + '!')
print('a' + 'b' + 'c', 'a' + '' + 'b', '' + '', 'tab\there', 'new\nline', 'back\\slash', 'quote\'s')
print("dq \"x\"", 'mix "a" \'b\'', 'a' * True, 'a' * False, True * 'b')
s = 'x'
s *= 3
print(s)
s += 'y'
print(s)
s *= 2
print(s)
s *= 0
print('[' + s + ']')
n = -3
while n <= 3:
    print(n, '[' + '-=' * n + ']', '[' + n * 'é' + ']')
    n += 1
print('abc' * 2 == 'abcabc', 'ab' + 'c' == 'a' + 'bc', 'a' * 3 < 'a' * 4, 'b' > 'a' * 100)
print('\u00e9' == 'é', '\x41\x42', 'null?\x00!' == 'null?\x00!', 'Ω' + '\u03a9')
