# kind 1: read the object of an AttributeError the runtime raised (e.obj, __dict__, the hidden slot the "Did you mean" uses), hoping for a host object
import math
found = []
for target, name in (("abc", "nope"), (math, "nope"), (int, "nope"), (print, "nope")):
    try:
        getattr(target, name)
    except AttributeError as e:
        for reach in (lambda: e.obj, lambda: e.__dict__, lambda: e._interp_obj, lambda: vars(e)):
            try:
                value = reach()
            except AttributeError:
                continue
            if value not in (None, {}) and value is not target:
                found.append(value)
print("ESCAPED" if found else "contained")
