import keyword

source = """
def f(x):
    if x is None or not x:
        return False
    for i in range(x):
        while True:
            break
    return True
"""
counts = {}
for token in source.replace("(", " ").replace(")", " ").replace(":", " ").split():
    if keyword.iskeyword(token):
        counts[token] = counts.get(token, 0) + 1
print(sorted(counts.items()))
print(all(keyword.iskeyword(k) for k in keyword.kwlist))
