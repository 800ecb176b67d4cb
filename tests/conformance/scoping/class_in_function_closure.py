def make_class(prefix):
    class Greeter:
        tag = prefix.upper()
        def greet(self, name):
            return f"{prefix}, {name}"
        @classmethod
        def make_tag(cls):
            return cls.tag + "!" + prefix
    return Greeter
G1 = make_class("hello")
G2 = make_class("bye")
print(G1().greet("a"), G2().greet("b"), G1.make_tag(), G2.tag)
print(G1.__qualname__, G1 is G2)
def method_closure():
    items = []
    class Box:
        def add(self, v):
            items.append(v)
            return len(items)
    b = Box()
    b.add(1); b.add(2)
    return items
print(method_closure())
