"""An assert with a message fails three calls deep and is not caught (4 traceback entries)."""
def validate(level, values):
    print('validate', level, values)
    assert len(values) < 3, 'too many values at level ' + str(level)
    return sum(values)

def middle(level, values):
    print('middle', level)
    return validate(level + 1, values) * 2

def outer(values):
    print('outer', values)
    return middle(1, values) + 1

print(outer([1]))
print(outer([1, 2]))
try:
    outer([1, 2, 3])
except AssertionError as e:
    print('caught once:', e)
print(outer([4, 5, 6, 7]))
print('not reached')
