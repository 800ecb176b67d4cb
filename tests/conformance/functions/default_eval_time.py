import_count = 0
def make_default():
    global import_count
    import_count += 1
    return import_count * 100
def f(x=make_default()):
    return x
def g(y=make_default()):
    return y
print(f(), f(), g(), import_count)
class Cfg:
    size = 3
def h(n=Cfg.size):
    return n
Cfg.size = 99
print(h())
def k(lst=[], d={}, s=set()):
    lst.append(len(lst))
    d[len(d)] = True
    s.add(len(s))
    return len(lst), len(d), len(s)
print(k(), k(), k())
def defaults_ref(a, b=None):
    b = a if b is None else b
    return a * b
print(defaults_ref(3), defaults_ref(3, 4))
