# A weak reference dies at the del of the last strong one inside hot loops (which the second
# tier compiles): the compiled code keeps no intermediate value past its statement.
import weakref
class O:
    pass
alive = 0
for i in range(20000):
    o = O()
    r = weakref.ref(o)
    del o
    if r() is not None:
        alive += 1
def f():
    n = 0
    for i in range(20000):
        o = [O()]
        r = weakref.ref(o[0])
        o = None
        if r() is not None:
            n += 1
    return n
print(alive, f())
