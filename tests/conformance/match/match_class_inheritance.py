class Animal:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
class Dog(Animal):
    __match_args__ = ("name", "breed")
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
class Cat(Animal):
    pass
def describe(a):
    match a:
        case Dog(name, "lab"):
            return f"{name} the labrador"
        case Dog(name, breed):
            return f"{name} the {breed}"
        case Cat(name):
            return f"{name} the cat"
        case Animal(name=n):
            return f"some animal {n}"
for a in [Dog("rex", "lab"), Dog("fifi", "poodle"), Cat("tom"), Animal("x"), "str"]:
    print(describe(a))
