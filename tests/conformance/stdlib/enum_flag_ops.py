import enum


class Perm(enum.Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, bool(Perm(0)), Perm(0))
print(Perm.R in rw, Perm.X in rw, rw & Perm.W, rw ^ Perm.RWX, ~rw, ~Perm.RWX)
print(list(Perm), list(Perm.RWX), len(Perm.RWX), Perm.RWX == Perm.R | Perm.W | Perm.X)
print([p.name for p in Perm.RWX], Perm(5), format(Perm.R | Perm.X))
try:
    Perm(8)
except ValueError as error:
    print("ValueError", error)


class Strict(enum.Flag, boundary=enum.STRICT):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as error:
    print("ValueError")


class Loose(enum.Flag, boundary=enum.KEEP):
    A = 1
    B = 2


print(Loose(7).value, Loose(5) & Loose.A)
