# kind 2: the last value's __repr__ returns an int
class R:
    def __repr__(self):
        return 5
R()
