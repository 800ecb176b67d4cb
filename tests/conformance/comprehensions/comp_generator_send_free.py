def squares():
    return (n * n for n in range(5))
g = squares()
print(next(g), next(g))
print(list(g))
gen = (c for c in "abc")
print(gen.send(None))
print(list(gen))
nums = [3, 1, 2]
g2 = (n for n in nums)
nums.append(4)
print(list(g2))
nums = [9]
g3 = (n for n in nums)
nums = [10]
print(list(g3))
