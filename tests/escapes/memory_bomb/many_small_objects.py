# kind 4: a memory bomb: a = [A() for i in range(10 ** 7)]
class A:
    pass
a = [A() for i in range(10 ** 7)]
