# kind 2: an exception class whose __qualname__ and __name__ are changed to odd values
class E(Exception):
    pass
for value in ('', 'a' * 100000, '\x00\n', None, 5):
    try:
        E.__qualname__ = value
    except Exception as err:
        print(type(err).__name__)
raise E('x')
