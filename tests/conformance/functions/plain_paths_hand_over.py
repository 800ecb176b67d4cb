# Functions whose common path only reads, and whose other path calls, raises or loops,
# called often enough to be compiled again: the rest of the body goes on from the
# statement that needs it, with the locals as they are (one deleted, one rebound).
class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text


def peek(tokens, pos):
    if pos < len(tokens):
        return tokens[pos]
    return Token("eof", "")


def check(x, limit):
    if x < 0:
        note = "negative"
        if x < -limit:
            del limit
        raise ValueError(note, x, limit)
    elif x > 100:
        total = 0
        for i in range(x % 7):
            total += i
        x = total
    return x * 2


def counter(n):
    counter.calls += 1  # a function's own attributes, read and stored
    first = n * 2
    if first > 50:
        return first
    for i in range(3):
        first += i
    counter.last = first
    return first


counter.calls = 0
tokens = [Token("num", str(i)) for i in range(5)]
seen = []
for i in range(2000):
    seen.append(peek(tokens, i % 7).kind)
    try:
        seen.append(check(i % 150 - 20, 12 + i % 30))
    except ValueError as error:
        seen.append(error.args[:2])
    except UnboundLocalError as error:
        seen.append(type(error).__name__)
    seen.append(counter(i % 40))
print(seen[:20], seen[-20:], len(seen))
print(counter.calls, counter.last, sorted(vars(counter)))
del counter.last
print(hasattr(counter, "last"), getattr(counter, "calls"))
