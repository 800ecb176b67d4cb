# types.MethodType to bind functions by hand (a plugin system attaching behaviour to
# one instance), plus isinstance checks against FunctionType, MethodType, BuiltinFunctionType.
import types


class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"I am {self.name}"


def dance(self, steps=2):
    return f"{self.name} dances {steps} steps"


r1, r2 = Robot("R1"), Robot("R2")
r1.dance = types.MethodType(dance, r1)
print(r1.dance(), r1.dance(5), hasattr(r2, "dance"))
bound = r1.dance
print(bound.__self__ is r1, bound.__func__ is dance, bound.__name__)
print(isinstance(bound, types.MethodType), isinstance(dance, types.FunctionType))
print(isinstance(r1.greet, types.MethodType), isinstance(Robot.greet, types.FunctionType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
print(types.MethodType(len, [1, 2, 3])())

handlers = {}
for word in ("shout", "whisper"):
    def handler(self, word=word):
        return f"{self.name}: {word.upper() if word == 'shout' else word.lower()}"
    handlers[word] = types.MethodType(handler, r2)
print([handlers[key]() for key in sorted(handlers)])

m1, m2 = types.MethodType(dance, r1), types.MethodType(dance, r1)
print(m1 == m2, m1 == types.MethodType(dance, r2), m1 == dance)


def gen():
    yield 1


async def coro():
    return 1


c = coro()
print(isinstance(gen(), types.GeneratorType), isinstance(c, types.CoroutineType))
c.close()
print(isinstance(types, types.ModuleType), types.NoneType is type(None))
for bad_self in (None,):
    try:
        types.MethodType(dance, bad_self)
    except TypeError:
        print("TypeError self None")
try:
    types.MethodType(42, r1)
except TypeError:
    print("TypeError not callable")
