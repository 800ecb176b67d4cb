import random

random.seed(2023)
deck = [rank + suit for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i::4][:5] for i in range(4)]
for hand in hands:
    print(" ".join(hand))

numbers = list(range(1, 50))
print(sorted(random.sample(numbers, 6)))
print(random.sample(range(10**9), 4))
print(random.sample("abcdefgh", k=3))
print(random.sample(["red", "blue"], 4, counts=[3, 2]))

# A random permutation is still a permutation.
perm = list(range(30))
random.shuffle(perm)
print(sorted(perm) == list(range(30)), perm[:10])

# Fisher-Yates by hand with the same generator gives a different, valid order.
items = list("python")
for i in reversed(range(1, len(items))):
    j = random.randrange(i + 1)
    items[i], items[j] = items[j], items[i]
print("".join(items), "".join(sorted(items)))

# Shuffling a list of lists moves the references only.
rows = [[i] for i in range(5)]
random.shuffle(rows)
rows[0].append("x")
print(rows)
