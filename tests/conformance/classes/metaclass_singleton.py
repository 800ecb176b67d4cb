class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created")
        self.values = {}
a = Config()
b = Config()
a.values["k"] = 1
print(a is b, b.values)
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class Shouty(metaclass=Upper):
    def hello(self):
        return "hi"
    value = 3
print(Shouty().HELLO(), Shouty.VALUE, hasattr(Shouty, "hello"))
