print(list(map(str.upper, ["a", "b"])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x > 2, range(6))))
print(list(map(int, "123")), sum(map(len, ["ab", "cde"])))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
print(list(map(pow, [2, 3], [3, 2])), list(map(divmod, [7, 9], [2, 4])))
print(sorted(filter(str.isalpha, "a1b2c3")))
def calls(x):
    print("calling", x)
    return x
lazy = map(calls, [1, 2])
print("map created")
print(list(lazy))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
