# kind 2: an AttributeError whose obj has a __dir__ that raises (suggestions are computed from dir())
class O:
    def __dir__(self):
        raise RuntimeError('dir')
    def __getattr__(self, name):
        raise AttributeError(name, obj=self, name=name) if False else AttributeError(name)
o = O()
e = AttributeError('nope')
e.obj = o
e.name = 'nopf'
raise e
