def outer(n):
    def helper(x):
        return x * n
    def other(x):
        return helper(x) + 1
    return [other(i) for i in range(n)]
print(outer(4))
def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3), ops["add"].__qualname__)
def level1():
    def level2():
        def level3():
            return "deep"
        return level3
    return level2
print(level1()()(), level1()().__qualname__)
