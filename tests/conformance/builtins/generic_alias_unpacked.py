# Iterating a generic alias gives it starred (*list[int]), as tuple[*tuple[int, ...]] uses.
print([*list[int]], type[int])
(a,) = list[int]
print(a, a.__unpacked__, list[int].__unpacked__, a == list[int], hash(a) != None)
print(tuple[*tuple[int, ...]])
x = [*dict[str, int]]
print(x, x[0].__origin__, x[0].__args__)
