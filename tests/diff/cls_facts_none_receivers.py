# Values that are None on some paths and instances (or ints) on others: `is None` tests,
# linked lists walked to their end, optional attributes, defaults of None, and reads of
# attributes of None that raise AttributeError.


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt


class Pair:
    def __init__(self):
        self.left = None
        self.right = None


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def length(node):
    n = 0
    while node is not None:
        n = n + 1
        node = node.next
    return n


def last_value(node):
    prev = None
    while node is not None:
        prev = node
        node = node.next
    if prev is None:
        return None
    return prev.value


def find(node, v):
    while node is not None and node.value != v:
        node = node.next
    return node


head = build(4)
print(length(head), last_value(head), last_value(None), length(None))
hit = find(head, 2)
miss = find(head, 9)
print(hit.value if hit is not None else "none", miss is None)
try:
    print(miss.value)
except AttributeError as e:
    print("AttributeError", e)

p = Pair()
if length(head) > 3:
    p.left = Node(1.5, None)
print(p.left.value + 1 if p.left is not None else -1, p.right)
p.right = 7
print(p.right + 1)
x = None
for i in range(5):
    if i == 3:
        x = Node("three", None)
print(x.value if x else "empty")
y = None
if length(head) == 0:
    y = Node(0, None)
print("y is None" if y is None else y.value)
try:
    y.value = 1
except AttributeError as e:
    print("AttributeError", e)
z = 0
if last_value(head) == 0:
    z = None
print(z is None, z)
chain = Node(1, Node(2.5, Node("s", Node(None, None))))
vals = []
cur = chain
while cur:
    vals.append(cur.value)
    cur = cur.next
print(vals)
w = chain.next.next.next.next
print(w is None, w)
chain.next.next.next.next = Node(2 ** 70, None)
print(length(chain), last_value(chain))
q = find(chain, "s")
print(q.next.value is None, q.value * 2)


def pick(node):
    return node and node.value


print(pick(None), pick(head), pick(Node(0, None)), pick(Node(2.5, None)) * 2)
print((miss or head).value, (hit and hit.next).value, (None or p).right + 1)
maybe = pick(miss) if length(head) > 9 else pick(hit)
print(maybe is None, maybe)
