A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(product)
print([[A[i][j] for i in range(len(A))] for j in range(len(A[0]))])
print([[x * 2 for x in row] for row in A])
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(identity)
print(sum(A[i][i] for i in range(min(len(A), len(A[0])))))
flat = [x for row in B for x in row]
print(flat, [flat[i:i + 3] for i in range(0, len(flat), 3)])
