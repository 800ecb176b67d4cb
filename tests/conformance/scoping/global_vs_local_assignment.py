x = 10
def read():
    return x
def write():
    x = 20
    return x
def write_global():
    global x
    x = 30
print(read(), write(), x)
write_global()
print(read(), x)
def conditional_local(flag):
    if flag:
        x = "local"
    return x
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError:
    print("UnboundLocalError")
