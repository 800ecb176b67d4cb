import itertools
digits = "123"
print(sorted(int("".join(p)) for p in itertools.permutations(digits)))
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 5) for c in itertools.combinations_with_replacement(coins, r) if sum(c) == 30]
print(ways)
magic = [p for p in itertools.permutations(range(1, 10), 3) if sum(p) == 15 and p[0] < p[1] < p[2]]
print(magic)
cards = list(itertools.product("A23", "hs"))
print(len(cards), cards[:4])
print(list(itertools.islice(itertools.permutations("abcd"), 3)))
