# kind 2: an uncaught exception whose __str__ returns an int
class E(Exception):
    def __str__(self):
        return 5
raise E('x')
