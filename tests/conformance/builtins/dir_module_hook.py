# dir() of a module runs the module's own __dir__ (PEP 562), as io's does for the names
# it compiles on first use; without one it lists the namespace.
import io
import json

names = dir(io)
print("BufferedReader" in names, "TextIOWrapper" in names, "StringIO" in names)
print(names == sorted(names), len([n for n in names if n.startswith("Buffered")]))
json.__dir__ = lambda: ["z", "b", "a"]
print(dir(json))
json.__dir__ = lambda: 5
try:
    dir(json)
except TypeError as error:
    print("TypeError", error)
json.__dir__ = None
try:
    dir(json)
except TypeError as error:
    print("TypeError", error)
del json.__dir__
print("loads" in dir(json))
