def traffic():
    state = "red"
    while True:
        cmd = yield state
        if cmd == "next":
            state = {"red": "green", "green": "yellow", "yellow": "red"}[state]
        elif cmd == "emergency":
            state = "red"
t = traffic()
print(next(t))
for cmd in ["next", "next", "stay", "next", "next", "emergency"]:
    print(cmd, "->", t.send(cmd))
try:
    t.throw(RuntimeError("power cut"))
except RuntimeError as e:
    print("generator died:", e)
print(next(t, "dead"))
