import shlex

for arg in ["simple", "with space", "it's", "", "$(rm -rf)", "a\"b", "ünï"]:
    print(repr(arg), shlex.quote(arg))
print(shlex.join(["echo", "hello world", "it's"]))
print(shlex.split(shlex.join(["x y", "z'", ""])))
print(shlex.quote("a'b\"c"), shlex.quote("*.py"))
for args in (["a"], ["a b", "c"], ["'", '"']):
    joined = shlex.join(args)
    print(joined, shlex.split(joined) == args)
