def evens(items):
    for item in items:
        if iten % 2 == 0:
            yield item


print(list(evens([1, 2, 3])))
