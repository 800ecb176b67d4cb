import enum
import json


class Method(enum.StrEnum):
    GET = "GET"
    POST = "POST"
    DELETE = "DELETE"


print(Method.GET, repr(Method.POST), Method("DELETE"), Method.GET == "GET", "GET" in list(Method))
print(f"{Method.POST}", Method.POST.lower(), "/".join(Method), Method.GET + "!", json.dumps({"m": Method.GET}))
print(sorted(Method), isinstance(Method.GET, str), Method.POST.value, Method["GET"] is Method.GET)
try:
    class Bad(enum.StrEnum):
        X = 1
except TypeError as error:
    print("TypeError", error)


class Pet(str, enum.Enum):
    CAT = "cat"
    DOG = "dog"


print(Pet.CAT == "cat", str(Pet.CAT) if False else Pet.CAT.value, Pet("dog"), format(Pet.DOG, ">5"))
