count = 10
def broken():
    try:
        count += 1
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(broken())
def also_broken():
    print_value = x_local if False else None
    x_local = 1
    return print_value
print(also_broken())
def later_assignment():
    try:
        return value
    finally:
        pass
    value = 1
try:
    later_assignment()
except NameError as e:
    print(type(e).__name__, isinstance(e, NameError))
def final():
    y = y + 1
final()
