# kind 6: __del__ that prints after the run ended
class A:
    def __del__(self):
        print('after the end')
x = A()
y = A()
y.me = y
