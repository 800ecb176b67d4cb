# kind 1: user classes deriving from builtins and changing __bases__ to builtin types
class A(Exception):
    pass
class B:
    pass
for bases in ((int,), (ValueError,), (object,), (dict,)):
    try:
        B.__bases__ = bases
    except Exception as e:
        print(type(e).__name__)
try:
    A.__bases__ = (KeyError,)
except Exception as e:
    print(type(e).__name__)
KeyError.__bases__
