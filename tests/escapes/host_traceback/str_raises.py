# kind 2: an uncaught exception whose __str__ raises, when the host formats the traceback
class E(Exception):
    def __str__(self):
        raise ValueError('no str')
raise E('x')
