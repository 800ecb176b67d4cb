# types.SimpleNamespace as a configuration object: built from keywords and mappings,
# compared, copied, updated, nested, and the errors for bad construction.
import copy
import types

defaults = {"host": "localhost", "port": 8080, "debug": False}
config = types.SimpleNamespace(**defaults)
print(config)
config.debug = True
config.workers = 4
print(config.port, config.debug, config.workers, sorted(vars(config)))
del config.workers
print(hasattr(config, "workers"), config)

other = types.SimpleNamespace(**{**defaults, "debug": True})
print(other == config, other != types.SimpleNamespace(), other is config)
clone = copy.copy(config)
clone.port = 9090
print(config.port, clone.port, copy.deepcopy(config) == config)

nested = types.SimpleNamespace(db=types.SimpleNamespace(name="app", pool=5), tags=["a", "b"])
print(nested)
print(nested.db.name, nested.tags[-1], getattr(nested, "missing", "default"))
print(types.SimpleNamespace(), types.SimpleNamespace(**dict([("x", 1), ("y", 2)])))


class Settings(types.SimpleNamespace):
    def describe(self):
        return ", ".join(f"{key}={value}" for key, value in sorted(vars(self).items()))


settings = Settings(b=2, a=1)
print(settings, settings.describe(), isinstance(settings, types.SimpleNamespace))

try:
    hash(config)
except TypeError:
    print("TypeError unhashable")
try:
    config.missing
except AttributeError:
    print("AttributeError missing")
try:
    types.SimpleNamespace(**{1: "one"})
except TypeError:
    print("TypeError non-string keyword")
