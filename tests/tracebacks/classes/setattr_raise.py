class Frozen:
    def __setattr__(self, name, value):
        raise TypeError(f"cannot set {name}")


f = Frozen()
f.x = 1
