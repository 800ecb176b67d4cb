name = "global name"
class A:
    name = "class name"
    def show(self):
        return name, self.name, A.name
print(A().show())
class B(A):
    def show(self):
        name = "local name"
        return name, self.name, super().show()
print(B().show())
def f():
    class C:
        x = name
    return C.x
print(f())
