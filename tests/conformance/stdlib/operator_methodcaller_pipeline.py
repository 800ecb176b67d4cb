# operator.methodcaller in a text-cleaning pipeline, composed with attrgetter, plus
# reprs and the errors for a method that does not exist.
import operator

steps = [
    operator.methodcaller("strip"),
    operator.methodcaller("lower"),
    operator.methodcaller("replace", " ", "_"),
    operator.methodcaller("removesuffix", "_"),
]


def clean(text):
    for step in steps:
        text = step(text)
    return text


for raw in ["  Hello World  ", "MIXED Case Name ", "already_clean", "trailing "]:
    print(repr(raw), "->", repr(clean(raw)))

print(repr(operator.methodcaller("split", ",", maxsplit=1)))
split_once = operator.methodcaller("split", ",", maxsplit=1)
print(list(map(split_once, ["a,b,c", "x", "1,2"])))
print(sorted(["b.txt", "A.TXT", "c.Txt"], key=operator.methodcaller("lower")))
counts = list(map(operator.methodcaller("count", "a"), ["banana", "apple", "cherry"]))
print(counts)


class Account:
    def __init__(self, owner, balance):
        self.owner, self.balance = owner, balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance


accounts = [Account("ann", 10), Account("bob", 5)]
print(list(map(operator.methodcaller("deposit", 7), accounts)), list(map(operator.attrgetter("balance"), accounts)))
fmt = operator.methodcaller("format", name="x", value=3)
print(fmt("{name}={value}"))
try:
    operator.methodcaller("withdraw", 5)(accounts[0])
except AttributeError:
    print("AttributeError withdraw")
try:
    operator.methodcaller()
except TypeError:
    print("TypeError no name")
try:
    operator.methodcaller(42)
except TypeError:
    print("TypeError name not str")
print(clean(None))
