# NewType: a callable that returns its argument, with a name and a supertype.
from typing import NewType

UserId = NewType("UserId", int)
Name = NewType("Name", str)
Admin = NewType("Admin", UserId)

u = UserId(42)
print(u, type(u).__name__, u + 1)
print(UserId, UserId.__name__, UserId.__supertype__)
print(Admin.__supertype__ is UserId, Admin(UserId(1)))
print(Name("ada").upper())
print(UserId.__qualname__)


def lookup(uid: UserId) -> str:
    return f"user-{uid}"


print(lookup(UserId(7)))
print(lookup.__annotations__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError", e)
