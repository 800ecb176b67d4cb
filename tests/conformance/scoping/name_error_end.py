def greet(name):
    return "hi " + name
print(greet("a"))
values = [1, 2, 3]
total = sum(values)
print(total)
for v in values:
    print(greet(str(v)))
def helper():
    return totl
print(helper())
