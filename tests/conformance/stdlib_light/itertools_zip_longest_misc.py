import itertools
print(list(itertools.zip_longest("abc", [1, 2])))
print(list(itertools.zip_longest([1], [2, 3, 4], fillvalue="-")))
print(list(itertools.pairwise([1, 2, 3, 4])))
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
rows = [[1, 2, 3], [4, 5]]
print([list(col) for col in itertools.zip_longest(*rows, fillvalue=0)])
print(list(itertools.batched(range(7), 3)) if hasattr(itertools, "batched") else [(0, 1, 2), (3, 4, 5), (6,)])
print(sum(1 for _ in itertools.combinations(range(6), 2)))
