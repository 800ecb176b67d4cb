class Color(int):
    _names = {}
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        obj.label = name
        cls._names[value] = obj
        return obj
    def __repr__(self):
        return f"<Color.{self.label}: {int(self)}>"
    @classmethod
    def of(cls, v):
        return cls._names[v]
RED = Color(1, "RED")
GREEN = Color(2, "GREEN")
print(RED, GREEN + 0, repr(Color.of(2)), RED < GREEN, RED.label)
print(sorted([GREEN, RED]), [1, 2].index(GREEN))
try:
    print(Color.of(3))
except Exception as e:
    print("caught", type(e).__name__)
