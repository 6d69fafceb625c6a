"""Infinite recursion caught as RecursionError; program continues and recursion works after."""
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError:
    print('recursion')

print('after')

def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

try:
    ping(0)
except RecursionError:
    print('recursion mutual')

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(500))

try:
    forever(0)
except RecursionError:
    print('recursion again')
else:
    print('no error')
finally:
    print('finally')

def guarded():
    try:
        return forever(0)
    except RecursionError:
        return 'caught inside'

print(guarded())
print(isinstance(RecursionError(), RuntimeError))
try:
    forever(0)
except RuntimeError:
    print('caught as RuntimeError')
print(depth(800))
