# Which streams are which: the ABCs, their registrations and a program's subclasses.
import abc
import io

kinds = [io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase]
streams = {
    "StringIO": io.StringIO(),
    "BytesIO": io.BytesIO(),
    "BufferedReader": io.BufferedReader(io.BytesIO()),
    "BufferedWriter": io.BufferedWriter(io.BytesIO()),
    "BufferedRandom": io.BufferedRandom(io.BytesIO()),
    "BufferedRWPair": io.BufferedRWPair(io.BytesIO(), io.BytesIO()),
    "TextIOWrapper": io.TextIOWrapper(io.BytesIO(), encoding="utf-8"),
}
for name, stream in streams.items():
    print(name, [k.__name__ for k in kinds if isinstance(stream, k)])
print(type(io.IOBase) is abc.ABCMeta, type(io.StringIO) is type)
print(issubclass(io.RawIOBase, io.IOBase), issubclass(io.TextIOBase, io.BufferedIOBase))
print(issubclass(io.BytesIO, io.RawIOBase), issubclass(io.IncrementalNewlineDecoder, io.IOBase))


class Mine(io.RawIOBase):
    pass


class Other:
    pass


print(isinstance(Mine(), io.IOBase), isinstance(Mine(), io.BufferedIOBase))
io.RawIOBase.register(Other)
print(isinstance(Other(), io.RawIOBase), isinstance(Other(), io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.BlockingIOError is BlockingIOError)
print(hasattr(io, "TextIOWrapper"), io.text_encoding("latin-1"))
for name in ["BufferedReader", "BufferedWriter", "TextIOWrapper", "StringIO", "BytesIO"]:
    print(name, getattr(io, name).__module__, getattr(io, name).__name__)
print(repr(io.BufferedReader(io.BytesIO())), repr(io.TextIOWrapper(io.BytesIO(), encoding="ascii")))
