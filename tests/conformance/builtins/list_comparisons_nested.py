a = [1, [2, 3], (4, 5)]
b = [1, [2, 3], (4, 5)]
print(a == b, a is b, a[1] == b[1], a[1] is b[1])
import_copy = [row[:] for row in [[1, 2], [3]]]
print(import_copy)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
shared = [[0] * 3] * 3
shared[0][0] = 1
print(grid, shared)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 99], [[1]] < [[2]])
print(sorted([[3, 1], [1, 2, 3], [1, 2], []]))
x = [1, 2, 3]
y = x
y += [4]
print(x)
y = y + [5]
print(x, y)
