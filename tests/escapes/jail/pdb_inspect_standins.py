# kind jail: the pdb and inspect stand-ins (doctest's imports): debugging refused, settrace only recorded, and inspect's answers (getmembers of every module, getfile, getsource, getmodule, currentframe) hold sandbox values and no host path
import sys, pdb, inspect, builtins


def leak(label, value):
    text = repr(value)
    if "/interp/" in text or "site-packages" in text or "lib/python" in text or "interp." in text:
        print("ESCAPED", label, text[:200])


for call in (
    lambda: pdb.set_trace(),
    lambda: pdb.Pdb().set_trace(),
    lambda: pdb.post_mortem(),
    lambda: pdb.pm(),
    lambda: pdb.run("1"),
    lambda: pdb.Pdb().runcall(print),
):
    try:
        call()
        print("ESCAPED debugger started")
    except RuntimeError as error:
        print("refused:", error)

called = []


def tracer(*args):
    called.append(args)
    return tracer


sys.settrace(tracer)


def work():
    return sum(range(10))


work()
print("trace calls:", len(called), sys.gettrace() is tracer)
sys.settrace(None)

for module in (sys, pdb, inspect, builtins):
    for name, value in inspect.getmembers(module):
        leak(module.__name__ + "." + name, value)
for module in (pdb, inspect):
    for name, value in inspect.getmembers(module, inspect.isroutine):
        for question in (inspect.getfile, inspect.getsourcefile, inspect.getmodule):
            try:
                leak(name + " " + question.__name__, question(value))
            except (TypeError, OSError) as error:
                leak("error", error)
for target in (inspect.getfile, pdb.Pdb, print):
    try:
        leak("source", inspect.getsource(target))
    except (TypeError, OSError) as error:
        leak("error", error)
for target in (inspect.getmembers, inspect.getsource, inspect.unwrap, pdb.Pdb, len, str.join):
    try:
        leak("file of " + repr(target), inspect.getfile(target))
    except TypeError as error:
        leak("error", error)
frame = inspect.currentframe()
while frame is not None:
    leak("frame", (frame.f_code.co_filename, frame.f_code, list(frame.f_globals)[:5]))
    frame = frame.f_back
import bisect

leak("bisect source", inspect.getsource(bisect.insort_right)[:200])
print(inspect.getsourcefile(bisect.insort_right))
main = sys.modules["__main__"]


class Fake:
    pass


for path in ("/etc/passwd", "interp/host/session.py", "../interp/host/session.py", "interp/__init__.py", "/proc/self/environ"):
    main.__file__ = path
    try:
        text = inspect.getsource(Fake)
        print("ESCAPED", path, text[:100])
    except OSError as error:
        print("no source:", error)
    print(inspect.getsourcefile(Fake), inspect.getfile(Fake) == path)
