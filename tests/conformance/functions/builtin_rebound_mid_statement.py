# A builtin called by its global name is looked up when the call is reached, in the
# statement's order of evaluation: code that runs before the call (a truth test, a
# comparison, an argument's property) may rebind the name first, and code that runs in
# its arguments only after it was looked up.
import builtins


def fake(*args):
    return 99


class Rebinds:
    def __init__(self, value=True):
        self.value = value

    def __bool__(self):
        globals()["len"] = fake
        return self.value

    def __lt__(self, other):
        globals()["len"] = fake
        return True

    @property
    def text(self):
        globals()["len"] = fake
        return "abc"


def argument(p, i):
    return i < len(p.text)


def two_calls(p):
    return len(p.text) + len("xy")


def truth_first(p):
    return p and len("abcd")


def chained(p, q):
    return p < q < len("abcde")


def statement_if(p):
    if len(p.text) > 2:
        return "long"
    return "short"


def augmented(p, n):
    n += len(p.text)
    return n


for run in range(4):
    for case in (
        lambda: argument(Rebinds(), 5),
        lambda: two_calls(Rebinds()),
        lambda: truth_first(Rebinds()),
        lambda: chained(Rebinds(), Rebinds()),
        lambda: statement_if(Rebinds()),
        lambda: augmented(Rebinds(), 1),
    ):
        print(run, case())
        globals().pop("len", None)
print(len is builtins.len)
