def numbers():
    n = 1
    while True:
        yield n
        n += 1
def squares(nums):
    for n in nums:
        yield n * n
def take_while_lt(it, limit):
    for x in it:
        if x >= limit:
            return
        yield x
total = 0
count = 0
for sq in take_while_lt(squares(numbers()), 1000):
    total += sq
    count += 1
print(count, total)
g = take_while_lt(squares(numbers()), 50)
print(list(g), list(g))
print(sum(take_while_lt(numbers(), 101)))
