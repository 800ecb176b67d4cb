# kind 6: a __del__ with an endless loop on an object that dies after the run (by whom is it metered?)
class A:
    def __del__(self):
        while True:
            pass
a = A()
