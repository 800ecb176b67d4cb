# kind 2: a __del__ that raises (CPython prints 'Exception ignored'; the host must not)
class A:
    def __del__(self):
        raise ValueError('from del')
a = A()
b = A()
b.me = b
del a, b
