class A:
    def __add__(self, other):
        return self + other


try:
    A() + 1
except RecursionError:
    print("RecursionError")
print("ok")
