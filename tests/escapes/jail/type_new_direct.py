# kind jail: type.__new__ and object.__new__ on runtime types (uninitialized runtime objects)
ts = [type(print), type(lambda: 0), type([].append), type(iter([])), type(int.real), type(vars(int))]
for t in ts:
    for make in (lambda: object.__new__(t), lambda: t.__new__(t), lambda: type.__call__(t)):
        try:
            o = make()
            repr(o)
            o()
        except Exception as e:
            pass
