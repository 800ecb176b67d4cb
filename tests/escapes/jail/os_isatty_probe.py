# kind jail: os.isatty with hostile file descriptors (int subclasses, huge ints, objects with __index__)
import os

found = []


class Fd(int):
    def __index__(self):
        found.append("index called")
        return 1


class Indexable:
    def __index__(self):
        return 1


for fd in (0, 1, 2, -1, 10**100, Fd(1), True, Indexable(), "1", None, 1.0, os):
    try:
        found.append(os.isatty(fd))
    except Exception as e:
        found.append(type(e).__name__)
print(found)
