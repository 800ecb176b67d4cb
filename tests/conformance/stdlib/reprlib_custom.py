import reprlib

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
r.maxlevel = 2
print(r.repr(list(range(10))), r.repr("abcdefghijklmnopqrstuvwxyz"), r.repr([[[1, 2]]]))


class MyRepr(reprlib.Repr):
    def repr_int(self, obj, level):
        return f"int<{obj}>"


print(MyRepr().repr([1, 2, "s"]))
