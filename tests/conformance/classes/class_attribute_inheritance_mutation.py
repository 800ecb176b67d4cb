class Base:
    tags = []
    count = 0
    def add(self, t):
        self.tags.append(t)
        self.count += 1
class A(Base):
    pass
class B(Base):
    tags = []
a, b = A(), B()
a.add("x")
b.add("y")
print(Base.tags, A.tags, B.tags, a.count, Base.count, A.count)
A.count = 10
print(A().count, B().count, Base.count)
del A.count
print(A().count)
print("tags" in A.__dict__, "tags" in B.__dict__)
