# Templates and Interpolations go through the copy protocol (__reduce__ / __reduce_ex__).
import copy
from string.templatelib import Interpolation, Template

items = [1, [2, 3]]
tmpl = t"items={items!r:>20} and {len(items)}"
shallow = copy.copy(tmpl)
deep = copy.deepcopy(tmpl)
print(type(shallow).__name__, type(deep).__name__, shallow is tmpl, deep is tmpl)
print(shallow.strings == tmpl.strings, deep.strings == tmpl.strings)
print(shallow.values[0] is items, deep.values[0] is items, deep.values[0] == items)
print([(i.expression, i.conversion, i.format_spec) for i in deep.interpolations])

field = tmpl.interpolations[0]
print(type(field.__reduce__()[0]).__name__, field.__reduce__()[1][1:])
print(field.__reduce__()[0] is Interpolation, field.__reduce_ex__(2)[1][1:])
copied = copy.copy(field)
print(copied is field, copied.value is items, repr(copied.expression), copied.conversion)
deep_field = copy.deepcopy(field)
print(deep_field.value == items, deep_field.value is items)

reduced = tmpl.__reduce__()
print(callable(reduced[0]), reduced[1][0], len(reduced[1][1]))
rebuilt = reduced[0](*reduced[1])
print(type(rebuilt) is Template, rebuilt.strings, rebuilt.values)
items[1].append(4)
print(shallow.values, deep.values)
