class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == o.v
x, y = E(1), E(2)
print(x != y)
print(x != E(1))
class N:
    def __ne__(self, o):
        return "custom ne"
print(N() != N(), N() == N())
class Lt:
    def __lt__(self, o):
        return "custom lt"
print(Lt() < Lt(), Lt() > Lt())
