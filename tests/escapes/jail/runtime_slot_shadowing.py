# kind jail: a subclass of a runtime type (property, map, GenericAlias...) shadows the host slot names the runtime reads (fget, args, iters...) with values of its choice
import types


class Evil:
    def __iter__(self):
        return iter([print, type, object.__subclasses__])

    def __hash__(self):
        return 1

    def __eq__(self, other):
        return True

    def __call__(self, *args):
        return args

    def __get__(self, obj, owner=None):
        return self


found = []
specs = [
    (property, (lambda s: 1,), ("fget", "fset", "fdel", "doc", "name", "getter_doc")),
    (classmethod, (len,), ("__func__",)),
    (staticmethod, (len,), ("__func__",)),
    (types.GenericAlias, (list, (int,)), ("origin", "args", "unpacked")),
    (map, (abs, [1, -2]), ("func", "iters", "strict")),
    (filter, (None, [1, 0]), ("func", "it")),
    (zip, ([1], [2]), ("iters", "strict")),
    (enumerate, ([1],), ("it", "count")),
    (reversed, (range(3),), ("seq", "index")),
]
for base, args, slots in specs:
    for value in (Evil(), 3, "x", None, [Evil()], (Evil(),), print):
        ns = {name: value for name in slots}
        try:
            cls = type("Sub", (base,), ns)
            obj = cls(*args)
            for name in slots:
                try:
                    setattr(obj, name, value)
                except Exception as e:
                    found.append(type(e).__name__)
        except Exception as e:
            found.append(type(e).__name__)
            continue

        class Holder:
            attr = obj

        ops = (
            repr,
            hash,
            list,
            bool,
            lambda o: o == o,
            lambda o: o[int],
            lambda o: Holder().attr,
            lambda o: o.__isabstractmethod__,
            lambda o: o.getter(print),
            lambda o: Holder.attr,
            lambda o: o.__parameters__,
            lambda o: o | None,
            lambda o: next(iter(o)),
            lambda o: o.__func__,
        )
        for op in ops:
            try:
                found.append(op(obj))
            except Exception as e:
                found.append(type(e).__name__)
print(len(found))
