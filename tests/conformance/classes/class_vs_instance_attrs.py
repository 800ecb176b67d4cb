class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(Counter.count)
        self.own = []
a = Counter()
b = Counter()
print(Counter.count, a.count, a.items is b.items, a.items)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
print(sorted(vars(a)), "count" in Counter.__dict__)
Counter.new_attr = "added later"
print(a.new_attr, b.new_attr)
class Sub(Counter):
    count = -1
s = Sub()
print(Sub.count, Counter.count, s.items)
