def f():
    return 1
print(f())
x = 5
try:
    x()
except TypeError:
    print("int not callable")
try:
    "str"()
except TypeError:
    print("str not callable")
try:
    None()
except TypeError:
    print("None not callable")
handlers = {"a": f, "b": 42}
for k in handlers:
    print(k, callable(handlers[k]))
try:
    handlers["b"]()
except Exception as e:
    print("caught", type(e).__name__)
