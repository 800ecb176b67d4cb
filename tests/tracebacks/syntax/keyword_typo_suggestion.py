items = [1, 2]
print(items[0] items[1])
