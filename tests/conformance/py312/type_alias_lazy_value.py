# type aliases: the value is evaluated on first use, once; aliases subscript and union.
calls = []
def make(label):
    calls.append(label)
    return int
type Cheap = make("cheap")
print("before", calls)
print(Cheap.__value__, Cheap.__value__, calls)
type Pair[A, B] = tuple[A, B]
type IntPair = Pair[int, int]
print(Pair.__type_params__, Pair.__parameters__, Pair[str, bytes], IntPair.__value__)
print(Pair[int, str].__origin__ is Pair, Pair[int, str].__args__)
print(type(Pair[int, str]).__name__, type(Pair).__name__, Pair.__module__)
print(Cheap | None, None | Cheap, Cheap | list[int], int | Cheap | str)
type Json = dict[str, Json] | list[Json] | str | int | None
print(Json.__value__)
print(Json.__value__.__args__[0].__args__[1] is Json)
try:
    Cheap[int]
except TypeError as e:
    print("TypeError:", e)
type Forward = NotYetDefined
print(Forward.__name__, Forward.__type_params__)
for attempt in range(2):
    try:
        print(Forward.__value__)
    except NameError as e:
        print("NameError:", e)
        NotYetDefined = float
def local_alias():
    k = "local key"
    type Local[T] = dict[T, list[T]]
    return Local, Local[str]
print(local_alias())
print(hash(Cheap) == hash(Cheap), Cheap == Cheap, Pair == IntPair)
