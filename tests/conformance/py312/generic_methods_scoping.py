class Registry[T]:
    default: "T | None" = None
    def __init__(self):
        self.items: dict[str, T] = {}
    def register[U](self, name: str, item: U) -> U:
        self.items[name] = item
        return item
    @classmethod
    def params(cls):
        return [p.__name__ for p in cls.__type_params__]
r = Registry[int]()
print(r.register("a", 1), r.register("b", "two"), r.items)
print(Registry.params(), Registry.register.__type_params__[0].__name__)
T_outer = "module T"
class Uses[T]:
    def get(self):
        return T
print(Uses().get().__name__, T_outer)
print("T" in globals())
