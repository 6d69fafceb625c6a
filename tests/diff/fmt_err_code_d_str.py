"""format('x', 'd') raises ValueError: Unknown format code 'd' for object of type 'str'."""
print(format(5, 'd'), format('x', 's'), format('x', '>3'), '{:d}'.format(7))
print('{:d}'.format('x'))
