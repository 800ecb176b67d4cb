log = []
def t(x):
    log.append(x)
    return x
print(t(0) and t(1))
print(t(2) and t(3))
print(t(0) or t(4))
print(t(5) or t(6))
print(log)
log.clear()
print(t(0) and t(1) or t(2))
print(t([]) or t({}) or t("x"))
print(log)
print(not 0, not 1, not [], not [0])
print(1 and 2 and 3, 1 and 0 and 3, None or 0 or "")
print(True + True, True * 5, False - 1)
print(bool(0.0), bool(0j), bool(" "), bool(()), bool(None))
x = None
print(x is None and "none" or "some")
