class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog(Animal):
    sound = "woof"
class Cat(Animal):
    sound = "meow"
    def speak(self):
        return super().speak() + " (purr)"
for a in [Animal("generic"), Dog("rex"), Cat("tom")]:
    print(a.speak())
print(isinstance(Dog("x"), Animal), issubclass(Cat, Dog), issubclass(Cat, object))
print(Dog.__bases__[0].__name__, Dog.__name__, type(Dog("d")).__name__)
print([c.__name__ for c in Cat.__mro__])
d = Dog("fido")
d.sound = "bark"
print(d.speak(), Dog.sound)
