"""partition/rpartition and splitlines with keepends over every line-break kind."""
s = 'key=value=more'
print(s.partition('='), s.rpartition('='), s.partition('x'), s.rpartition('x'))
print(s.partition('key'), s.rpartition('more'), ''.partition('a'), 'é日é'.partition('日'))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'), 'aaa'.partition('aa'), 'aaa'.rpartition('aa'))
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(text.splitlines())
print(text.splitlines(True))
print('a\n\nb\n'.splitlines(), 'a\n\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print('\r\n\r\n'.splitlines(), '\r\n\r\n'.splitlines(True), '\n\r'.splitlines(True), 'x'.splitlines(True))
print('a\nb'.split('\n'), 'a\r\nb\r\n'.split('\n'), 'no breaks'.splitlines(keepends=True))
