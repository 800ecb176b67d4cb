import sys

saved = sys.stdout
sys.stdout = None
print("this is dropped, as CPython does")
sys.stdout = saved
print("visible")


class NoWrite:
    pass


sys.stdout = NoWrite()
try:
    print("x")
except AttributeError as error:
    sys.stdout = saved
    print("AttributeError:", error)
sys.stdout = saved


class Broken:
    def write(self, text):
        raise ValueError("cannot write " + repr(text))


sys.stdout = Broken()
try:
    print("y")
except ValueError as error:
    sys.stdout = saved
    print("ValueError:", error)
sys.stdout = saved
del sys.stdout
try:
    print("z")
except RuntimeError as error:
    sys.stdout = saved
    print("RuntimeError:", error)
