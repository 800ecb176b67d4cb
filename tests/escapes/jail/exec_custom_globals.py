# kind jail: exec/eval with globals and locals that are custom mappings (a dict subclass with __missing__/__getitem__ hooks)
class G(dict):
    def __missing__(self, k):
        return 'missing-' + k
    def __getitem__(self, k):
        return dict.__getitem__(self, k) if k in self else self.__missing__(k)
print(eval('__import__', G()))
exec('x = open', G(), G())
eval('__builtins__', {'__builtins__': G()})
