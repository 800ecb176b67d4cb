class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"
class MyDate(Date):
    pass
print(Date.parse("2024-03-09"), MyDate.parse("1999-12-31"), MyDate.epoch())
print(Date.epoch().parse("2000-01-02"))
cm = Date.parse
print(cm.__self__.__name__, MyDate.parse.__self__.__name__)
