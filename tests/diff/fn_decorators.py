"""Decorators: plain, factories with arguments, stacked, call counting with nonlocal, f.__name__."""
def shout(f):
    def wrapper(*args, **kwargs):
        return str(f(*args, **kwargs)).upper() + '!'
    return wrapper

@shout
def hello(name):
    return 'hello ' + name

print(hello('bob'))

def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def sq(x):
    return x * x

print(sq(4))

def counted(f):
    calls = 0
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        print('call', calls, 'of', f.__name__)
        return f(*args, **kwargs)
    return wrapper

@counted
def add(a, b=0):
    return a + b

print(add(1, 2), add(5), add(a=1, b=1))

def tag(t):
    def deco(f):
        def wrapper(x):
            return '<' + t + '>' + f(x) + '</' + t + '>'
        return wrapper
    return deco

@tag('b')
@tag('i')
def text(s):
    return s

print(text('hi'))

def trace(f):
    def wrapper(*args):
        print('enter', f.__name__, args)
        r = f(*args)
        print('exit', f.__name__, r)
        return r
    return wrapper

@trace
@shout
def word(w):
    return w

print(word('x'))

print(sq.__name__, add.__name__, hello.__name__)
