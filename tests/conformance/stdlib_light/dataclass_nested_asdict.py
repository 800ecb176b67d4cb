from dataclasses import dataclass, field, asdict
@dataclass
class Address:
    city: str
    zip: str = "00000"
@dataclass
class User:
    name: str
    address: Address
    roles: list = field(default_factory=list)
u = User("ann", Address("paris"), ["admin"])
print(u)
print(asdict(u))
u2 = User("bob", Address("rome", "12345"))
print(u2.address.city, u2 == User("bob", Address("rome", "12345")))
print(sorted([u, u2], key=lambda x: x.address.city)[0].name)
