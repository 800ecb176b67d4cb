# Escape attempts fail
# Classic ways out of a Python sandbox, each one tried. The
# program only ever sees sandbox objects: no host modules, no
# files, no frames, no JavaScript of this page.

attempts = {
    "import os": "import os",
    "import js (this page)": "import js",
    "open a file": "open('/etc/passwd')",
    "object's subclasses": "().__class__.__base__.__subclasses__()",
    "a function's globals": "(lambda: 0).__globals__['__builtins__']",
    "a generator's frame": "(x for x in []).gi_frame.f_back",
    "a number too big to hold": "10 ** 10 ** 10",
    "a string of a terabyte": "'x' * 10**12",
}

for what, code in attempts.items():
    try:
        exec(code)
    except Exception as error:
        print(f"{what:26} -> {type(error).__name__}: {error}")
    else:
        print(f"{what:26} -> allowed, but only sandbox objects")
