# Source nested far past CPython's compiler limit: a 100,000-term sum through eval, and
# 20,000-deep attribute and subscript chains through exec and compile (still 40 times
# the nesting interp accepts in Pyodide; deeper only costs parsing time under the 10 s
# default limit).  interp's parser is not recursive, but its compiler is; it must refuse
# such a tree with CPython's RecursionError before recursing into it.
caught = 0
for run in (
    lambda: eval("1+" * 100_000 + "1"),
    lambda: exec("x = a" + ".b" * 20_000),
    lambda: compile("x = a" + "[0]" * 20_000, "<deep>", "exec"),
):
    try:
        run()
    except RecursionError:
        caught += 1
if caught == 3:
    print("RecursionError")
print("ok")
