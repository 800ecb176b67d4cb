class Stack:
    def __init__(self):
        self._d = []
    def push(self, v):
        self._d.append(v)
        return self
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return reversed(self._d)
    def __contains__(self, v):
        return v in self._d
    def __getitem__(self, i):
        return self._d[-1 - i]
    def __repr__(self):
        return f"Stack({self._d})"
    def __eq__(self, o):
        return isinstance(o, Stack) and self._d == o._d
    def __add__(self, o):
        s = Stack()
        s._d = self._d + o._d
        return s
s = Stack().push(1).push(2).push(3)
print(s, len(s), list(s), s[0], 2 in s, 9 in s)
print(s + Stack().push(4), s == Stack().push(1).push(2).push(3))
print(sorted(s), max(s), dict.fromkeys(s))
for i, v in enumerate(s):
    print(i, v)
try:
    print(s[5])
except Exception as e:
    print("caught", type(e).__name__)
