def hanoi(n, src="A", aux="B", dst="C"):
    if n == 0:
        return []
    return hanoi(n - 1, src, dst, aux) + [(n, src, dst)] + hanoi(n - 1, aux, src, dst)
moves = hanoi(3)
for m in moves:
    print("move disk %d from %s to %s" % m)
print(len(hanoi(10)))
pegs = {"A": list(range(5, 0, -1)), "B": [], "C": []}
for disk, s, d in hanoi(5):
    assert pegs[s][-1] == disk
    if pegs[d]:
        assert pegs[d][-1] > disk
    pegs[d].append(pegs[s].pop())
print(pegs)
def next_permutation(a):
    a = list(a)
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
p, seen = [1, 2, 3], []
while p:
    seen.append("".join(map(str, p)))
    p = next_permutation(p)
print(seen)
