class Config:
    keys = ["a", "b"]
    defaults = {k: None for k in keys}
    size = 3
    zeros = [0 for _ in range(size)]
print(Config.defaults, Config.zeros)
try:
    class Bad:
        factor = 2
        doubled = [factor * i for i in range(3)]
except NameError:
    print("NameError factor")
class Good:
    factor = 2
    doubled = (lambda f: [f * i for i in range(3)])(factor)
print(Good.doubled)
