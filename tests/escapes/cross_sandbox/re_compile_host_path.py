# kind 1: tamper with the re machinery of this sandbox (parser, compiler, _sre) so that the host's fast compile path (interp/stdlib/_re_host.py) stores or serves a poisoned answer to another sandbox; and probe the new builtin for host objects
import _sre
import re

fast = re._compiler.compile
found = []  # left in the globals: the suite checks that each is a sandbox value
for name in (
    "__self__",
    "__closure__",
    "__globals__",
    "__code__",
    "__wrapped__",
    "__dict__",
    "__func__",
    "fn",
):
    try:
        found.append(getattr(fast, name))
    except AttributeError:
        continue

tampering = [
    (_sre, "compile", lambda *a, **k: "poisoned"),
    (re._compiler, "_code", lambda *a, **k: [0] * 10),
    (re._parser, "parse", lambda *a, **k: 1 / 0),
    (re._compiler, "_sre", None),
]
for module, name, replacement in tampering:
    saved = getattr(module, name)
    setattr(module, name, replacement)
    for flags in (0, re.I, re.M | re.S):
        for pattern in (r"\d+", "[ \t\n\r]*", r"(?P<a>x)", "a" * 50):
            re.purge()
            try:
                print(repr(re.compile(pattern, flags))[:60])
            except Exception as error:
                print(type(error).__name__)
    setattr(module, name, saved)
for args in ((r"\d+", "x"), (), ("[[x]", 0), ("a", 0, 1)):
    try:
        print(fast(*args))
    except TypeError as error:
        print("TypeError", error)
leaked = [fast]
