class Root:
    def __init__(self, **kw):
        print("Root init, leftover", sorted(kw))
class Named(Root):
    def __init__(self, name, **kw):
        print("Named init", name)
        self.name = name
        super().__init__(**kw)
class Aged(Root):
    def __init__(self, age, **kw):
        print("Aged init", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person init")
        super().__init__(**kw)
p = Person(name="Ann", age=30, extra=1)
print(p.name, p.age)
print([c.__name__ for c in Person.__mro__])
