def outer():
    def inner():
        return helper()
    return inner()
def helper():
    return "helper defined after outer"
print(outer())
def uses_later_global():
    return LATER
LATER = "defined later"
print(uses_later_global())
def rebind_later():
    return VALUE
VALUE = 1
print(rebind_later())
VALUE = 2
print(rebind_later())
del VALUE
try:
    rebind_later()
except Exception as e:
    print("caught", type(e).__name__)
