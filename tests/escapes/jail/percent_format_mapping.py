# kind jail: % formatting with a mapping whose __getitem__ returns host-looking objects
class M:
    def __getitem__(self, k):
        return getattr(print, k, k)
'%(__self__)s %(__module__)s %(__qualname__)s' % M()
