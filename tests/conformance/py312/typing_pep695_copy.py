# PEP 695 objects without typing: copy by name, their types' names and modules, constructors
import copy


class Box[T, *Ts, **P]:
    pass


type Alias[X] = list[X]
T, Ts, P = Box.__type_params__
for x in (T, Ts, P, Alias, P.args, P.kwargs):
    print(copy.copy(x) is x, copy.deepcopy(x) is x, copy.deepcopy(x) == x)
print(type(P.args)(P) == P.args, type(P.kwargs)(P).__origin__ is P)
print(T.__reduce__(), Alias.__reduce__(), P.__reduce__(), Ts.__reduce__())
for t in (type(T), type(Ts), type(P), type(P.args), type(Alias)):
    print(t.__module__, t.__name__, t.__qualname__, t)
print(type(T)("U").__module__, type(P)("Q").__module__, type(Ts)("Us").__module__)
for bad in (
    lambda: type(T)("V", covariant=True, contravariant=True),
    lambda: type(T)("V", covariant=True, infer_variance=True),
    lambda: type(T)("V", int),
    lambda: type(T).x,
):
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    class Sub(T):
        pass
except TypeError as e:
    print(e)
try:
    type(T).attr = 1
except TypeError as e:
    print(e)
