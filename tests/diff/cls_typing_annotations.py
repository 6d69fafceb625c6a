"""typing annotations on params, returns, class attributes and variables are ignored at run time."""
from typing import Dict, List, Optional

class Inventory:
    owner: str
    counts: Dict[str, int]
    limit: int = 100
    note: Optional[str]

    def __init__(self, owner: str) -> None:
        self.owner = owner
        self.counts = {}

    def add(self, item: str, n: int = 1) -> int:
        self.counts[item] = self.counts.get(item, 0) + n
        return self.counts[item]

    def find(self, item: str) -> Optional[int]:
        return self.counts.get(item)

    def names(self) -> List[str]:
        return sorted(self.counts)

inv: Inventory = Inventory("ann")
print(inv.add("bolt"), inv.add("bolt", 4), inv.add("nut", 2))
print(inv.find("bolt"), inv.find("screw"), inv.names(), inv.limit)
print(hasattr(inv, "note"), hasattr(Inventory, "owner"), hasattr(Inventory, "limit"))

def scale(xs: List[int], k: float = 2) -> List[float]:
    return [x * k for x in xs]

wrong: int = "not an int"
print(wrong, scale([1, 2, 3]), scale([1], k=0.5))
print(scale(["ab", "c"], 2))
counter: Dict[str, int] = {}
for word in "a b a c b a".split():
    counter[word] = counter.get(word, 0) + 1
print(counter)
maybe: Optional[int] = None
print(maybe)
undeclared: List[int]
try:
    print(undeclared)
except NameError as e:
    print("NameError:", e)

def first(xs: "List[str]") -> "Optional[str]":
    return xs[0] if xs else None

print(first(["z", "y"]), first([]))
x: int
x = 5
x: str = "now a str"
print(x)

class Node:
    def __init__(self, val: int, nxt: "Optional[Node]" = None):
        self.val = val
        self.nxt = nxt

n: Node = Node(1, Node(2, Node(3)))
vals: List[int] = []
cur: Optional[Node] = n
while cur is not None:
    vals.append(cur.val)
    cur = cur.nxt
print(vals)
