# ParamSpec and TypeVarTuple parameters: reprs, unpacking, subscription.
def call_with[**P, R](f: "Callable[P, R]", *args: P.args, **kwargs: P.kwargs) -> R:
    return f(*args, **kwargs)
P, R = call_with.__type_params__
print(type(P).__name__, type(R).__name__, P, R, P.__name__)
print(P.args, P.kwargs, P.args.__origin__ is P, P.args == P.args, P.kwargs == P.args)
print(call_with(max, 3, 9, 4), call_with(sorted, [3, 1], reverse=True))
print(call_with.__annotations__["args"], call_with.__annotations__["kwargs"])
def stack[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
(Ts,) = stack.__type_params__
print(type(Ts).__name__, Ts, [*Ts], stack(1, "b"))
print(stack.__annotations__["args"], stack.__annotations__["return"])
print(tuple[int, *Ts], list[*Ts] if False else "skip")
class Record[T, *Ts]:
    def __init__(self, head: T, *rest: *Ts):
        self.items = (head, *rest)
print(Record.__type_params__, Record.__parameters__)
print(Record[int], Record[int, str], Record[int, str, bytes])
print(Record[int, str, float].__args__)
r = Record[int, str](1, "x")
print(r.items, type(r).__name__, r.__orig_class__)
try:
    Record[()]
except TypeError as e:
    print("TypeError:", e)
class Handler[**Q]:
    pass
print(Handler[int, str], Handler[[int, str]], Handler[...], Handler.__parameters__)
class Both[T, **Q]:
    pass
print(Both[int, [str, bytes]], Both[int, ...].__args__)
type Fn[**A, *Bs] = tuple[A, *Bs]
print(Fn.__type_params__, Fn.__parameters__)
