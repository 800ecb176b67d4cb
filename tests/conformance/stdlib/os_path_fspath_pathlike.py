# os.fspath and os.PathLike: a small path class of a program's own used with os.path
# functions, and the errors for objects that are not paths.
import os
import os.path


class ProjectPath:
    def __init__(self, *parts):
        self.parts = parts

    def __fspath__(self):
        return "/".join(self.parts)

    def __truediv__(self, other):
        return ProjectPath(*self.parts, other)


class BytesPath:
    def __fspath__(self):
        return b"raw/bytes.bin"


class Broken:
    def __fspath__(self):
        return 42


p = ProjectPath("home", "dev", "proj") / "setup.cfg"
print(os.fspath(p), os.fspath("plain"), os.fspath(b"raw"), os.fspath(BytesPath()))
print(isinstance(p, os.PathLike), isinstance("str", os.PathLike), issubclass(ProjectPath, os.PathLike))
print(os.path.basename(p), os.path.dirname(p), os.path.splitext(p), os.path.join(p, "more"))
print(os.path.split(BytesPath()), os.path.normpath(ProjectPath("a", "..", "b")), os.path.isabs(p))
print(os.path.join(ProjectPath("/opt"), ProjectPath("tool"), "bin"))
print(os.fsencode("caf\u00e9"), os.fsdecode(b"caf\xc3\xa9"))

for bad in (None, 3.5, ["a"], Broken()):
    try:
        os.fspath(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    os.path.join(ProjectPath("x"), BytesPath())
except TypeError:
    print("TypeError mixing str and bytes")
print(os.path.basename(Broken()))
