# kind jail: attribute sites hot enough for the second tier, whose code reads and stores with the host's own `obj.name` where that is provably what the sandbox's look-up does. The attack reads names the host's types have but the sandbox hides (__reduce__, __sizeof__, __getstate__, the exception's traceback state, SyntaxError's print_file_and_line, OSError's characters_written), on instances that sometimes hold the name in their __dict__ and sometimes not, of plain classes, slotted classes and subclasses of builtins, and swaps __getattr__ and class attributes under the sites. A host read where the sandbox's look-up finds nothing would hand over a bound host method.


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "__dict__")


class Error(Exception):
    pass


class Number(int):
    pass


class Syntax(SyntaxError):
    pass


class OS(OSError):
    pass


leaked = []


def read_reduce(obj):
    return obj.__reduce__


def read_sizeof(obj):
    return obj.__sizeof__


def read_getstate(obj):
    return obj.__getstate__


def read_state(obj):
    return obj._interp_tb


def read_print(obj):
    return obj.print_file_and_line


def read_written(obj):
    return obj.characters_written


def store_reduce(obj, value):
    obj.__reduce__ = value


READERS = (read_reduce, read_sizeof, read_getstate, read_state, read_print, read_written)


def check(read, obj):
    # The readers have no try statement: the second tier runs those in the first.
    try:
        value = read(obj)
    except AttributeError:
        return
    if type(value) is not int:
        leaked.append(value)
        print("ESCAPED", type(value).__name__)


for round_ in range(6):
    for cls in (Plain, Slotted, Error, Number, Syntax, OS):
        for i in range(300):
            obj = cls(i) if cls is Number else cls()
            if i % 3 == 0:
                try:
                    store_reduce(obj, i)
                except (AttributeError, TypeError):
                    pass
            for read in READERS:
                check(read, obj)
    if round_ == 2:
        Plain.__getattr__ = lambda self, name: 0
    if round_ == 3:
        del Plain.__getattr__
        Plain.__reduce__ = 5

try:
    raise Error("x")
except Error as error:
    for _ in range(2000):
        check(read_state, error)

print(len(leaked))
