# close() of a generator that yields again after GeneratorExit: RuntimeError, and the
# generator stays suspended where it yielded (resuming it runs on); throw(GeneratorExit)
# returns what it yields; nested generators and generator expressions.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught exit")
        yield 2
    print("after")
    yield 3
    return "done"


def stubborn_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
            yield "cleanup"


def nested():
    r = yield from stubborn()
    print("nested got", r)
    yield "tail"


for make in (stubborn, stubborn_finally, nested):
    g = make()
    print(make.__name__, next(g))
    try:
        g.close()
    except RuntimeError as e:
        print("close:", e, type(e.__context__).__name__)
    try:
        print("resume", next(g))
        print("resume", next(g))
        print("resume", next(g))
        print("resume", next(g))
    except StopIteration as s:
        print("stop", s.args)
    except BaseException as e:
        print("raised", type(e).__name__, e)
    try:
        print("close again", g.close())
    except RuntimeError as e:
        print("close again:", e)


def catches_thrown():
    while True:
        try:
            yield "waiting"
        except GeneratorExit as e:
            print("got", type(e).__name__, e.args)
            yield "after throw"


g = catches_thrown()
next(g)
print(g.throw(GeneratorExit("x")))
print(next(g))
print(g.throw(GeneratorExit))
try:
    g.close()
    print("closed quietly")
except RuntimeError as e:
    print("close:", e)
print(next(g, "exhausted"))


def genexpr_close():
    gen = (i * i for i in range(5))
    print(next(gen))
    gen.close()
    print(list(gen))
    gen = (i for i in range(3))
    next(gen)
    try:
        gen.throw(GeneratorExit)
    except GeneratorExit:
        print("genexpr let GeneratorExit out")


genexpr_close()
