# kind jail: super() objects: __self__, __self_class__, __thisclass__ and super(type, host object)
class A:
    def m(self):
        return super()
s = A().m()
for name in ('__self__', '__self_class__', '__thisclass__', '__get__'):
    getattr(s, name)
for obj in (print, len, type(print), int.real):
    try:
        sp = super(type(obj), obj)
        sp.__self__.__class__.__subclasses__()
    except Exception:
        pass
