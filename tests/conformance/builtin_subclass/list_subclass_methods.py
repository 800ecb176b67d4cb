class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack" + super().__repr__()
s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.pop(), s)
print(len(s), bool(Stack()), list(s), str(s))
class Uniq(list):
    def __contains__(self, x):
        print("custom contains")
        return super().__contains__(x)
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
u = Uniq([1, 2, 3])
print(2 in u, u[0], u[-1])
print(list(u), [x for x in u])
print(u.index(3), max(u))
