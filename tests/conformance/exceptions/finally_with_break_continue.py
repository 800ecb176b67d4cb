def process(items):
    out = []
    for x in items:
        try:
            if x < 0:
                continue
            if x > 100:
                break
            out.append(x)
        finally:
            out.append(f"f{x}")
    return out
print(process([1, -1, 2, 200, 3]))
def while_finally():
    i = 0
    while i < 5:
        try:
            i += 1
            if i == 2:
                continue
            if i == 4:
                return i
        finally:
            print("cleanup", i)
print(while_finally())
