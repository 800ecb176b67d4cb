# kind 2: __traceback__ replaced by junk before the exception escapes
class E(Exception):
    pass
e = E('x')
try:
    e.__traceback__ = 5
except Exception as err:
    print(type(err).__name__)
try:
    e.with_traceback('tb')
except Exception as err:
    print(type(err).__name__)
raise e
