e1 = ValueError("x")
e2 = ValueError("x")
print(e1 == e2, e1 == e1, e1.args == e2.args)
s = {e1, e1}
print(len(s))
errors = [KeyError("a"), ValueError("b"), KeyError("c")]
by_type = {}
for e in errors:
    by_type.setdefault(type(e).__name__, []).append(e.args[0])
print(by_type)
print(isinstance(e1, (KeyError, ValueError)), type(e1) is ValueError)
print(sorted(type(e).__name__ for e in errors))
print(str(Exception("a", "b")), str(Exception(1)))
print([str(e) for e in errors])
