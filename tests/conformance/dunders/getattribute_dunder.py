class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
    def method(self):
        return self.a + 1
l = Logged()
print(l.a)
print(l.method())
class Fallback:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
f = Fallback()
f.real = "here"
print(f.real, f.secret, f.anything)
