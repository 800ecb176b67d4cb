L = list(range(6))
try:
    L[::2] = [1, 2]
except ValueError as e:
    print("ValueError")
L[::3] = "ab"
print(L)
try:
    L[::0]
except ValueError:
    print("zero step")
print(L[1:-1][::-1])
s = "hello world"
print(s[-5:], s[:-6:-1])
T = (1, 2, 3)
print(T[::-1] + T[1:])
try:
    T[0] = 5
except TypeError:
    print("TypeError tuple")
L[::2] = [7, 7, 7, 7]
