class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def remove(self, v):
        prev, cur = None, self.head
        while cur and cur.val != v:
            prev, cur = cur, cur.next
        if cur is None:
            raise ValueError(v)
        if prev:
            prev.next = cur.next
        else:
            self.head = cur.next
        self.size -= 1
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
ll = LinkedList([1, 2, 3, 4, 5])
print(ll, len(ll))
print(ll.reverse())
ll.remove(3)
ll.remove(5)
print(ll, len(ll), list(ll), 2 in ll)
try:
    ll.remove(99)
except Exception as e:
    print("caught", type(e).__name__)
