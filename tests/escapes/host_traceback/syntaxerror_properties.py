# kind 2: a SyntaxError subclass whose text/lineno are properties that raise
class S(SyntaxError):
    @property
    def text(self):
        raise RuntimeError
    @property
    def lineno(self):
        raise RuntimeError
raise S('x')
