# types.MappingProxyType: a read-only view handed out by a registry, which follows the
# underlying dict, plus the errors for writing through it.
import types


class Registry:
    def __init__(self):
        self._items = {}

    def register(self, name, value):
        self._items[name] = value

    @property
    def items(self):
        return types.MappingProxyType(self._items)


reg = Registry()
view = reg.items
reg.register("alpha", 1)
reg.register("beta", 2)
print(len(view), view["alpha"], view.get("gamma", 0), "beta" in view, sorted(view))
print(list(view.items()), list(view.keys()), list(view.values()))
print(view == {"alpha": 1, "beta": 2}, dict(view), view | {"gamma": 3})
print(type(view).__name__, isinstance(view, types.MappingProxyType))
copied = view.copy()
copied["x"] = 9
print(type(copied).__name__, "x" in view)

for action in ("set", "del", "pop", "update", "clear"):
    try:
        if action == "set":
            view["alpha"] = 10
        elif action == "del":
            del view["alpha"]
        elif action == "pop":
            view.pop("alpha")
        elif action == "update":
            view.update(gamma=3)
        else:
            view.clear()
    except (TypeError, AttributeError) as exc:
        print(action, type(exc).__name__)
print(reg.items["alpha"])

class_dict = Registry.__dict__
print(type(class_dict) is types.MappingProxyType, "register" in class_dict)
for bad in (5, [1, 2], (1, 2)):
    try:
        types.MappingProxyType(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(repr(types.MappingProxyType({"k": "v"})))
view["new"] = 1
