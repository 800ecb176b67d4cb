# kind 1: changing the class of sys.stdout (a runtime type shared by every sandbox)
import sys
for name in ('write', 'flush', '__repr__', 'writelines'):
    for obj in (type(sys.stdout), sys.stdout, sys.stderr):
        try:
            setattr(obj, name, None)
        except Exception as e:
            print(name, type(e).__name__)
