import itertools
print(list(itertools.permutations([1, 2, 3])))
print(list(itertools.permutations("abc", 2)))
print(list(itertools.combinations("abcd", 2)))
print(list(itertools.combinations(range(5), 3))[:4], len(list(itertools.combinations(range(10), 4))))
print(list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.permutations([])), list(itertools.combinations([1], 2)))
s = [1, 2, 3, 4]
print([c for c in itertools.combinations(s, 2) if sum(c) == 5])
anagrams = sorted({"".join(p) for p in itertools.permutations("aab")})
print(anagrams, len(list(itertools.permutations(range(5), 5))))
