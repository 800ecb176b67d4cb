# RestrictedPython print handling: _print_ collector objects, printed= and the print statement's file= argument with a hostile writer
class W:
    def write(self, s):
        self.s = s
        return print.__self__ if hasattr(print, '__self__') else None
    def flush(self):
        pass
w = W()
print('x', file=w)
print('y', file=w, flush=True)
w.s
