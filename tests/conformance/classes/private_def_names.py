class A:
    def __run(self): return __x if False else 1
    def go(self): return self.__run
    class __B:
        def f(self): return self.__y
        __y = 5
    def b(self): return self.__B
    __x = 3
print(A().go().__name__, A().go().__qualname__, A().go()())
print(A().b().__name__, A().b().__qualname__, A().b()().f())
print(sorted(k for k in vars(A) if not k.startswith('__')))
print(sorted(k for k in vars(A._A__B) if not k.startswith('__')))
def __top(): pass
print(__top.__name__)
class C:
    def __init__(self): self.__v = 1
    def m(self):
        def __inner(): return self.__v
        return __inner.__name__, __inner.__qualname__, __inner()
print(C().m())
