# __import__, type.__subclasses__ of the program's classes, memoryview over bytes and
# bytearray (read-only views), and the int/float methods the running CPython has.
math = __import__("math")
print(math.sqrt(16.0), __import__("os.path").path.basename("/a/b.txt"))
json_decoder = __import__("json.decoder", fromlist=["JSONDecoder"])
print(json_decoder.__name__, hasattr(json_decoder, "JSONDecoder"))
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e.name)


class Base:
    pass


class Left(Base):
    pass


class Right(Base):
    pass


class Leaf(Left, Right):
    pass


print([c.__name__ for c in Base.__subclasses__()], [c.__name__ for c in Left.__subclasses__()])
print(Leaf.__subclasses__(), Base.__subclasses__.__name__)

data = b"hello world"
view = memoryview(data)
print(view[0], bytes(view[0:5]), view.tobytes(), len(view), view.readonly, view.nbytes)
print(view[::2].tobytes(), list(view[:3]), view.hex(), view == data)
buffer = bytearray(b"abc")
view2 = memoryview(buffer)
print(view2.tobytes(), bytes(view2[1:]), view2.readonly, view2.format, view2.itemsize)
buffer[0] = ord("z")
print(view2.tobytes(), view2.tolist())
view.release()
try:
    view[0]
except ValueError as e:
    print("released:", e)

print(hasattr(int, "is_integer"), hasattr(float, "is_integer"), (2.0).is_integer())
if hasattr(int, "is_integer"):
    print((5).is_integer(), True.is_integer())
print([name for name in ("bit_count", "is_integer", "as_integer_ratio") if hasattr(int, name)])
