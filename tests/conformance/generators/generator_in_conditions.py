def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
print(any(x > 5 for x in evens(10)), all(x % 2 == 0 for x in evens(10)))
print(sum(1 for _ in evens(100)), min(evens(9)), max(evens(9)))
print(sorted(evens(7), reverse=True), list(enumerate(evens(5))))
print(dict.fromkeys(evens(5)), set(evens(5)) == {0, 2, 4})
print("-".join(str(x) for x in evens(9)))
checked = []
def noisy(n):
    for i in range(n):
        checked.append(i)
        yield i
print(any(i == 2 for i in noisy(10)), checked)
