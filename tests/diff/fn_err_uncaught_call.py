"""Uncaught wrong call inside a helper: traceback through two frames, exit 1."""
def target(a, b):
    return a + b

def helper(x):
    print('helper', x)
    return target(x)

print('start')
print(helper(1))
print('unreachable')
