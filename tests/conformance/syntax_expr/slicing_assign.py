L = list(range(10))
L[2:5] = ["a", "b"]
print(L)
L[:0] = [-1, -2]
print(L)
L[len(L):] = [99]
print(L)
L[::2] = [0] * len(L[::2])
print(L)
del L[1::3]
print(L)
del L[:2]
print(L)
M = [1, 2, 3, 4, 5]
M[1:4] = []
print(M)
M[1:1] = "xyz"
print(M)
N = [1, 2, 3, 4, 5, 6]
N[::-2] = [10, 20, 30]
print(N)
del N[::-1]
print(N)
P = [1, 2, 3]
P[5:10] = [4]
print(P)
