class Meta(type):
    def describe(cls):
        return f"class {cls.__name__} with {len(cls.fields)} fields"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return len(cls.fields)
    def __repr__(cls):
        return f"<Model {cls.__name__}>"
class Model(metaclass=Meta):
    fields = ["id", "name"]
print(Model.describe(), Model.upper_name, len(Model), repr(Model))
print(hasattr(Model(), "describe"))
class Over(type):
    def __getitem__(cls, i):
        return cls.fields[i]
    def __iter__(cls):
        return iter(cls.fields)
class Rec(metaclass=Over):
    fields = ("a", "b", "c")
print(Rec[1], list(Rec), "b" in Rec)
