# kind 1: a __del__ that re-plants itself in a global list so that it runs again and again
keep = []
class A:
    def __del__(self):
        b = A()
        b.me = b
        print('again')
for i in range(50):
    a = A()
    a.me = a
del a
