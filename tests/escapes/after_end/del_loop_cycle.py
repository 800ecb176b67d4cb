# kind 6: cyclic garbage whose __del__ loops forever, collected whenever the host's gc runs
class A:
    def __del__(self):
        while True:
            pass
for i in range(10):
    a = A()
    a.me = a
del a
