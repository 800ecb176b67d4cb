eg = ExceptionGroup("outer", [
    ValueError("a"),
    ExceptionGroup("inner", [TypeError("b"), ValueError("c")]),
    KeyError("d"),
])
try:
    raise eg
except* ValueError as g:
    print("V", g.message, [type(x).__name__ for x in g.exceptions])
    print("V nested", repr(g.exceptions[1]) if len(g.exceptions) > 1 else None)
except* (TypeError, KeyError) as g:
    print("TK", [repr(x) for x in g.exceptions])
try:
    try:
        raise ExceptionGroup("x", [OSError("o"), ValueError("v")])
    except* ValueError:
        print("handled V")
except ExceptionGroup as rest:
    print("unhandled remains:", rest.message, [type(x).__name__ for x in rest.exceptions])
