# Builtin calls in tests, returns and assignments; the names rebound to sandbox functions.
calls = []


def mylen(x):
    calls.append(x)
    return 7


class Lex:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self, offset=0):
        index = self.pos + offset
        return self.text[index] if index < len(self.text) else ""


def f(s):
    a = len(s)
    b = len(s) + a
    if len(s) > 100:
        return -1
    return a + b + abs(-len(s))


def scan(s):
    i = 0
    while i < len(s):
        i += 1
    return i


lex = Lex("abc")
print(lex.peek(), lex.peek(5), f("abc"), scan("abcd"))
len = mylen
print(lex.peek(), f("abc"), scan("ab"), calls)
del len
print(f("abcd"), scan("xyz"))


class P:
    @property
    def v(self):
        global len
        len = mylen
        return 1


def h(s):
    return P().v + len(s)


print(h("abc"), h("abc"))
del len
try:
    print(nosuch("a") if len("a") else 0)
except NameError as e:
    print(type(e).__name__)
