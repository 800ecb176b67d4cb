# types.ModuleType makes an empty module: a namespace programs fill and import from.
import sys
import types

plugin = types.ModuleType("plugin", "A plugin made at run time.")
print(plugin.__name__, plugin.__doc__, plugin.__package__, plugin.__spec__, plugin.__loader__)
print(sorted(vars(plugin)))
plugin.greet = lambda who: f"hello {who}"
exec("def double(x):\n    return 2 * x\n", plugin.__dict__)
print(plugin.greet("ann"), plugin.double(21), repr(plugin))
sys.modules["plugin"] = plugin
import plugin as again
from plugin import double
print(again is plugin, double(4), isinstance(plugin, types.ModuleType), type(plugin).__name__)
print(types.ModuleType("bare").__doc__, types.ModuleType(name="kw").__name__)
for args in ((), (5,), ("a", "b", "c")):
    try:
        types.ModuleType(*args)
    except TypeError as error:
        print("TypeError")
