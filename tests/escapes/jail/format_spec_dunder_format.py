# kind jail: a user __format__ receiving crafted specs, and format() of runtime objects with attribute specs
class F:
    def __format__(self, spec):
        return spec.format(print)
format(F(), '{0.__self__}')
f'{F():{{0.__self__.__import__}}}'
format(print, '{0.__self__}')
