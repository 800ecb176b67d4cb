import string

t = string.Template("$who likes ${what}; cost: $$${price}")
print(t.substitute(who="tim", what="kung pao", price=10))
print(t.safe_substitute(who="tim"))
try:
    t.substitute(who="tim")
except KeyError as error:
    print("KeyError", error)
try:
    string.Template("bad $1").substitute()
except ValueError as error:
    print("ValueError", error)
print(t.get_identifiers(), t.is_valid())


class Percent(string.Template):
    delimiter = "%"


print(Percent("%x and %{y}").substitute(x=1, y=2))
