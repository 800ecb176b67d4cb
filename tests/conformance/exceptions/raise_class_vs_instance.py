try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args, repr(e))
try:
    raise ValueError()
except ValueError as e:
    print(e.args)
try:
    raise 42
except TypeError:
    print("TypeError: exceptions must derive from BaseException")
try:
    raise int
except TypeError:
    print("TypeError for class int")
class E(Exception):
    def __init__(self):
        super().__init__("constructed")
try:
    raise E
except E as e:
    print(e)
raise
