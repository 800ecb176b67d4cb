import enum


class Weekday(enum.Enum):
    MON = 1
    TUE = 2
    WED = 3
    THU = 4
    FRI = 5
    SAT = 6
    SUN = 7

    @classmethod
    def weekend(cls):
        return [d for d in cls if d.value >= 6]

    @property
    def is_weekend(self):
        return self in type(self).weekend()


print(Weekday.weekend(), Weekday.SAT.is_weekend, Weekday.MON.is_weekend)
print(Weekday.__members__["TUE"], type(Weekday.__members__).__name__, len(Weekday.__members__))
print(list(reversed(Weekday))[:2], Weekday.MON in Weekday, 1 in [d.value for d in Weekday])
print(Weekday.MON.name, Weekday.MON.value, Weekday.MON._name_, Weekday.MON._value_)
print(type(Weekday.MON) is Weekday, isinstance(Weekday, enum.EnumMeta), issubclass(Weekday, enum.Enum))
print(sorted(m.name for m in Weekday if m.name.startswith("T")), Weekday(3), Weekday["SUN"])
print({Weekday.MON: "start"}[Weekday.MON], Weekday.MON is Weekday(1), hash(Weekday.MON) == hash(Weekday.MON))
print(Weekday._member_names_[:3], list(Weekday._value2member_map_)[:3])
try:
    Weekday.MON.value = 3
except AttributeError as error:
    print("AttributeError")
try:
    del Weekday.MON
except AttributeError as error:
    print("AttributeError")
