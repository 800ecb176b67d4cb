class Obj:
    def __init__(self):
        self.present = 1
o = Obj()
print(getattr(o, "present"), getattr(o, "absent", "default"))
try:
    o.absent
except AttributeError:
    print("AttributeError")
print(hasattr(o, "present"), hasattr(o, "absent"))
setattr(o, "dyn", 2)
print(o.dyn)
delattr(o, "dyn")
try:
    delattr(o, "dyn")
except AttributeError:
    print("AttributeError on delattr")
try:
    (1).foo
except AttributeError:
    print("int has no foo")
try:
    print(Obj().missing)
except Exception as e:
    print("caught", type(e).__name__)
