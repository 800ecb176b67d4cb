# A method is looked up before its arguments are evaluated (CPython's LOAD_METHOD):
# a missing method raises before they run, and they cannot change which one is called.
class O:
    def m(self, *args, **kwargs):
        return ("m", args, kwargs)


def arg(label):
    print("argument", label)
    return label


o = O()
for call in (
    lambda: o.missing(arg(1)),
    lambda: o.missing(arg(1), key=arg(2)),
    lambda: o.missing(*[arg(1)]),
    lambda: (1).missing(arg(1)),
    lambda: "text".nothing(arg(1), arg(2)),
):
    try:
        call()
    except AttributeError as error:
        print("AttributeError:", error)


class Noisy:
    def __getattr__(self, name):
        print("looking up", name)
        return lambda *a, **k: (name, a, k)


n = Noisy()
print(n.first(arg("a")))
print(n.second(arg("a"), k=arg("b")))
print(n.third(*[arg("c")], **{"d": arg("d")}))


def swap(value):
    O.m = lambda self, *a: ("swapped", a)
    return value


p = O()
print(p.m(swap(1)))
print(p.m(2))
