# kind 2: an exception whose __getattribute__ raises for everything
class E(Exception):
    def __getattribute__(self, name):
        raise RuntimeError(name)
    def __getattr__(self, name):
        raise RuntimeError(name)
raise E('x')
