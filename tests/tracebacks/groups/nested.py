inner = ExceptionGroup("inner", [KeyError("k"), IndexError("i")])
outer = ExceptionGroup("outer", [ValueError("v"), inner])
raise outer
