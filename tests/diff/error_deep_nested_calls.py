"""An error raised five calls deep propagates to the top (ZeroDivisionError)."""
def level1(x):
    print('level1', x)
    return level2(x - 1) + 1

def level2(x):
    print('level2', x)
    return level3(x - 1) * 2

def level3(x):
    print('level3', x)
    return level4(x - 1) - 3

def level4(x):
    print('level4', x)
    return level5(x - 1)

def level5(x):
    print('level5', x)
    return 100 // x

print(level1(10))
print(level1(4))
