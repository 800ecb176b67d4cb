def handle(msg):
    match msg:
        case {"type": "login", "user": user}:
            return f"login {user}"
        case {"type": "logout", "user": user, **rest}:
            return f"logout {user} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "no type"
        case _:
            return "not a mapping"
print(handle({"type": "login", "user": "ann", "ip": "x"}))
print(handle({"type": "logout", "user": "bob", "ts": 1, "why": "idle"}))
print(handle({"type": "ping"}))
print(handle({"other": 1}))
print(handle([("type", "login")]))
match {"a": 1, "b": 2}:
    case {"a": 1, **kw}:
        print("rest", kw)
