# kind 1: a __del__ on cyclic garbage that prints: it must never run in another sandbox's step
class A:
    def __del__(self):
        print('finalizer ran here')
for i in range(100):
    a = A()
    a.me = a
del a
