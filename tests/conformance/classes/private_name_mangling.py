class Secret:
    def __init__(self):
        self.__hidden = 1
        self._protected = 2
    def reveal(self):
        return self.__hidden
    def __private_method(self):
        return "pm"
    def call(self):
        return self.__private_method()
s = Secret()
print(s.reveal(), s._protected, s.call())
print(sorted(vars(s)))
print(s._Secret__hidden, hasattr(s, "__hidden"))
class Child(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = "child"
c = Child()
print(sorted(vars(c)), c.reveal())
print(c._Secret__private_method())
try:
    s.__hidden
except Exception as e:
    print("caught", type(e).__name__)
