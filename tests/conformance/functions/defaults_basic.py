def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))
print(greet.__defaults__)
N = 5
def uses_n(x=N):
    return x
N = 6
print(uses_n())
def counter(start=0, step=1, stop=None):
    out = []
    v = start
    while stop is None or v < stop:
        out.append(v)
        v += step
        if len(out) >= 5:
            break
    return out
print(counter(), counter(10, 3), counter(stop=2))
