class Box:
    def __init__(self):
        self.v = 1
        self.items = [0, 0, 0]
b = Box()
b.v += 10
b.items[1] += 5
b.items[-1] -= 2
print(b.v, b.items)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
calls = []
def idx(i):
    calls.append(i)
    return i
arr = [1, 2, 3]
arr[idx(1)] *= 10
print(arr, calls)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items()))
n = 2
n **= 10
n //= 3
print(n)
