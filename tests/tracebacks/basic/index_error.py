items = [1, 2, 3]
value = items[10]
