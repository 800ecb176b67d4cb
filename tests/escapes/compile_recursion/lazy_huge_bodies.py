# kind 7: compile-time recursion / time: many huge function bodies compiled on first call (interp/compiler/lazy.py), each uninterruptible host work, called in a loop to outrun the time limit between budget checks
line = "    a = b + c * d - e / f + g ** h\n"
body = line * 1_500 + "    return 1\n"
i = 0
while True:
    namespace = {}
    exec(f"def f{i}(b=1, c=1, d=1, e=1, f=1, g=1, h=1):\n" + body, namespace)
    namespace[f"f{i}"]()
    i += 1
