"""TypeError messages for wrong positional/keyword counts, caught and printed."""
def one(a):
    return a

def two(a, b):
    return a + b

def three(a, b, c):
    return a + b + c

def opt(a, b=2):
    return a + b

try:
    one()
except TypeError as e:
    print(e)
try:
    two()
except TypeError as e:
    print(e)
try:
    three()
except TypeError as e:
    print(e)
try:
    three(1)
except TypeError as e:
    print(e)
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
try:
    opt(1, 2, 3)
except TypeError as e:
    print(e)
try:
    one(1, 2)
except TypeError as e:
    print(e)
try:
    opt()
except TypeError as e:
    print(e)
try:
    two(1, c=3)
except TypeError as e:
    print(e)
try:
    two(1, a=2)
except TypeError as e:
    print(e)
try:
    two(b=1)
except TypeError as e:
    print(e)
print('done')
