# kind 7: compile-time recursion: a function body compiled on its first call (interp/compiler/lazy.py), first called from the bottom of the deepest recursion allowed, its body nesting as deep as a lazy body may
body = "return " + "(" * 99 + "x" + ")" * 99
exec("def lazy(x):\n    " + body + "\n", globals())
deep = "return " + "-" * 2500 + "x"
exec("def eager(x):\n    " + deep + "\n", globals())


def down(n):
    if n:
        return down(n - 1)
    return lazy(1) + eager(1)


for depth in (50, 500, 900, 990):
    try:
        print(depth, down(depth))
    except RecursionError as error:
        print(depth, "RecursionError", error)
