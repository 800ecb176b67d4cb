def check(v):
    assert v > 0, f"bad value {v}"
    return v * 2
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("caught", e.args)
try:
    assert False
except AssertionError as e:
    print("bare", e.args)
assert True, "never"
assert [1], "non-empty ok"
try:
    assert 1 == 2, ("tuple", 1)
except AssertionError as e:
    print(e.args)
x = 0
assert x == 1, "x should be one"
