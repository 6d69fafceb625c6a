"""'a}b'.format() raises ValueError: Single '}' encountered in format string."""
print('a{{}}b'.format(), '{}}}'.format(1), '{{{}'.format(2))
print('a}b'.format())
