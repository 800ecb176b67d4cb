import enum


@enum.verify(enum.UNIQUE, enum.CONTINUOUS)
class Grade(enum.IntEnum):
    F = 0
    D = 1
    C = 2
    B = 3
    A = 4


print(list(Grade), Grade.A - Grade.C)
for checks, body in [((enum.UNIQUE,), {"A": 1, "B": 1}), ((enum.CONTINUOUS,), {"A": 1, "C": 3}),
                     ((enum.NAMED_FLAGS,), None)]:
    try:
        if body is None:
            @enum.verify(*checks)
            class Bits(enum.Flag):
                A = 1
                B = 2
                AB = 7
        else:
            enum.verify(*checks)(enum.IntEnum("Made", body))
        print("ok", checks)
    except ValueError as error:
        print("ValueError", error)
print(enum.EnumCheck.UNIQUE, repr(enum.CONTINUOUS), enum.FlagBoundary.STRICT)
