x = "outer"
vals = [x for x in range(3)]
print(x, vals)
i = 99
_ = [i for i in "abc"]
print(i)
s = {y for y in range(3)}
try:
    y
except NameError:
    print("y not defined")
d = {k: k for k in range(2)}
print("k" in dir())
g = (z for z in range(2))
list(g)
print("z" in dir())
for loop_var in range(3):
    pass
print(loop_var)
