# repr and == of containers nested deeper than the recursion limit raise RecursionError
# (as CPython's do), and freeing them does not overflow the stack.


def nest(n):
    x = []
    for i in range(n):
        x = [x]
    return x


def nest_dict(n):
    d = {}
    for i in range(n):
        d = {'k': d}
    return d


def nest_tuple(n):
    t = ()
    for i in range(n):
        t = (t, i)
    return t


def nest_set(n):
    s = frozenset()
    for i in range(n):
        s = frozenset([s])
    return s


for make in (nest, nest_dict, nest_tuple, nest_set):
    try:
        print(len(repr(make(100000))))
    except RecursionError as e:
        print(make.__name__, 'RecursionError:', e)
    print(len(repr(make(50))), len(str(make(50))))

for make in (nest, nest_dict, nest_tuple):
    try:
        print(make(100000) == make(100000))
    except RecursionError as e:
        print(make.__name__, 'RecursionError:', e)
    print(make(30) == make(30), make(30) == make(31), make(30) != make(30))
try:
    print(nest_tuple(100000) < nest_tuple(100000))
except RecursionError as e:
    print('RecursionError:', e)
print(nest_tuple(20) < nest_tuple(21), nest(5) <= nest(5))

# Freed at once, a million deep.
big = nest(1000000)
big = None
deep = nest_dict(300000)
del deep
print('freed')


class Node:
    def __init__(self, child):
        self.child = child

    def __repr__(self):
        return 'Node(' + repr(self.child) + ')'


chain = None
for i in range(5000):
    chain = Node(chain)
try:
    repr(chain)
except RecursionError:
    print('Node chain: RecursionError')
short = Node(Node(None))
print(short, [short], {'n': short})

# A list that holds itself is not nested: [...] as before.
loop = [1]
loop.append(loop)
print(loop, loop == loop)
print(repr(nest(200000)))
