class Shout(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def exclaim(self):
        return self + "!"
s = Shout("hello")
print(s, len(s), s.exclaim(), type(s).__name__, type(s.exclaim()).__name__)
print(s.lower(), type(s.lower()).__name__, s == "HELLO", isinstance(s, str))
print(s[1:3], type(s[1:]).__name__, "ELL" in s)
print(f"{s:>8}|", repr(s), s + s)
d = {s: 1}
print(d["HELLO"])
class Tagged(str):
    def __init__(self, value):
        self.tag = "t:" + value
t = Tagged("abc")
print(t, t.tag, t.upper(), t.split("b"))
