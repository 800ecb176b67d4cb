import itertools
print(list(itertools.chain([1, 2], "ab", (3,))))
print(list(itertools.chain.from_iterable([[1], [2, 3], []])))
print(list(itertools.product("ab", [1, 2])))
print(list(itertools.product([0, 1], repeat=3)))
print(len(list(itertools.product(range(3), range(4), range(2)))))
print(["".join(p) for p in itertools.product("xy", "12", "!")])
c = itertools.chain("ab", "cd")
print(next(c), list(c))
board = [r + c for r, c in itertools.product("ab", "12")]
print(board, list(itertools.chain(*[["x"], ["y", "z"]])))
