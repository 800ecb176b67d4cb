# kind 1: suspended generators in cyclic garbage whose finally prints (closed later, by whom?)
def g():
    try:
        yield 1
    finally:
        print('generator finally ran')
for i in range(50):
    it = g()
    next(it)
    box = [it]
    box.append(box)
del it, box
