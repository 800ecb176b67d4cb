# send() to a just-started generator, and the forms of throw().
def echo():
    received = yield "ready"
    print("received", received)
    yield "done"


gen = echo()
try:
    gen.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(gen))  # still unstarted after the refused send
print(gen.send("value"))


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", repr(e), e.args)


gen = catcher()
next(gen)
print(gen.throw(ValueError("instance")))
print(gen.throw(ValueError))
print(gen.throw(ValueError, "message"))
print(gen.throw(ValueError, ("a", 1)))
print(gen.throw(ValueError, ValueError("same"), None))
for bad in [(ValueError("x"), "extra"), (42,), (ValueError, None, "not a traceback")]:
    try:
        gen.throw(*bad)
    except TypeError as e:
        print("TypeError", type(e).__name__)


def closer():
    try:
        yield 1
    finally:
        print("closer finally")


gen = closer()
gen.close()  # never started: no finally runs
print("closed unstarted")
gen = closer()
next(gen)
gen.close()
print(next(gen, "exhausted"))
