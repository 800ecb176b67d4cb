# kind jail: __getattribute__ and __getattr__ of the program's (on instances and on a metaclass), armed while host machinery handles the objects: operators and their error messages, containers, hashing, sorting, repr, formatting, exceptions and their traceback, the memory accounting. CPython reads nothing of these through the hooks (run under CPython, this program prints no ESCAPED either); a host read that ran them would run program code inside host machinery (the host's isinstance reads __class__ through them, a message reads a class's __name__)
armed = []
WATCHED = ("__class__", "__dict__", "__name__", "__qualname__", "__module__", "__mro__", "__bases__")


def report(where, name):
    if armed and name in WATCHED:
        print("ESCAPED", where, "hook ran for", name)


class Meta(type):
    def __getattribute__(cls, name):
        report("metaclass __getattribute__", name)
        return type.__getattribute__(cls, name)

    def __getattr__(cls, name):
        report("metaclass __getattr__", name)
        raise AttributeError(name)


class Thing(metaclass=Meta):
    def __init__(self, n):
        self.n = n

    def __getattribute__(self, name):
        report("__getattribute__", name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        report("__getattr__", name)
        raise AttributeError(name)

    def __eq__(self, other):
        return self is other

    def __lt__(self, other):
        return id(self) < id(other)

    __hash__ = object.__hash__


class Oops(Exception, metaclass=Meta):
    pass


things = [Thing(i) for i in range(50)]
armed.append(1)
try:
    table = {t: i for i, t in enumerate(things)}
    print(len(table), things[3] in table, sorted(things) is not None, len(set(things)))
    print(repr(things)[:1], str(things[0])[:1], f"{things!r}"[:1], "%r" % (things[1],) != "")
    for attempt in (
        lambda: things[0] + 1,
        lambda: things[0] < 1,
        lambda: len(things[0]),
        lambda: things[0](),
        lambda: things[0][1],
        lambda: iter(things[0]),
        lambda: int(things[0]),
        lambda: f"{things[0]:x}",
        lambda: Thing + 1,
        lambda: Thing.nothing_here,
    ):
        try:
            attempt()
        except Exception as error:
            print(type(error).__name__)
    try:
        raise Oops("boom")
    except Oops as error:
        print("caught", error)
    keep = []
    for i in range(100000):
        keep.append(Thing(i))
        if len(keep) > 3000:
            keep.clear()
finally:
    armed.clear()
