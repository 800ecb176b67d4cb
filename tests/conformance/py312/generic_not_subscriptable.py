# Subscripting what is not generic raises TypeError; the last one is uncaught.
class Plain:
    pass
class Generic1[T]:
    pass
def f[T](x: T) -> T:
    return x
for thing in (Generic1, list, dict):
    print(thing[int])
for bad in ("int[str]", "f[int]", "Generic1[int][str]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "TypeError")
type Alias = int
try:
    Alias[int]
except TypeError as e:
    print("alias:", e)
print(f.__type_params__, f(3), Generic1.__type_params__)
f.__type_params__ = ()
print(f.__type_params__)
try:
    f.__type_params__ = [1]
except TypeError as e:
    print("TypeError:", e)
print(Plain[int])
