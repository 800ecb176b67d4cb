matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print([[x * 10 for x in row if x != 5] for row in matrix])
print(sum(sum(row) for row in matrix))
print([(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c])
diag = [matrix[i][i] for i in range(len(matrix))]
print(diag, [matrix[i][-1 - i] for i in range(3)])
flat = [y for x in [[1, [2]], [[3, 4]]] for y in x]
print(flat)
print({i: {j: i * j for j in range(3)} for i in range(2)})
