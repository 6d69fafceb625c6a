"""Docstrings and comments in odd places must not affect output."""
# leading comment
def f(x):
    """Function docstring."""
    # comment in body
    y = x + 1  # trailing comment
    'a bare string statement'
    return y  # another

def g():
    """Only a docstring, so returns None."""

x = 1  # x
"""A module-level string statement after code."""
print(f(x), g())
if x:
    # comment in block
    pass
    print('in if')  # trailing
while x < 3:
    """string in loop"""
    x += 1
print(x)  # done
