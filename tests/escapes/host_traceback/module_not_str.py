# kind 2: __module__ set to an int, None, and a str subclass
class E(Exception):
    __module__ = 5
class F(Exception):
    __module__ = None
try:
    raise E('x')
except E:
    pass
raise F('y')
