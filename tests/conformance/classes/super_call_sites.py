# super().name(...) at one site for instances of several classes (a diamond: the next
# class after the method's own depends on the instance's class), while the classes
# change under the site: a method added, replaced and deleted on a middle class.
class A:
    def hello(self, x):
        return ["A", x]


class B(A):
    def hello(self, x):
        return ["B"] + super().hello(x + 1)


class C(A):
    def hello(self, x):
        return ["C"] + super().hello(x * 2)


class D(B, C):
    def hello(self, x):
        return ["D"] + super().hello(x)


def run(objs, x):
    return [o.hello(x) for o in objs]


objs = [A(), B(), C(), D(), B(), D()]
for round_ in range(6):
    print(round_, run(objs, round_))
    if round_ == 1:
        C.hello = lambda self, x: ["C2", x]
    if round_ == 2:
        del C.hello
    if round_ == 3:
        C.hello = staticmethod(lambda x: ["static", x])
    if round_ == 4:
        C.hello = classmethod(lambda cls, x: [cls.__name__, x])


class E(D):
    def hello(self, x):
        sup = super()
        return ["E", type(sup).__name__] + super().hello(x)


print(E().hello(1))


def super():  # noqa: A001 - a program may rebind the name
    return A()


print(E().hello(2))
