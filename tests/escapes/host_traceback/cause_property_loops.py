# kind 2/6: a __context__ property that never returns, read by the host's traceback formatting
class E(Exception):
    @property
    def __context__(self):
        while True:
            pass
raise E('x')
