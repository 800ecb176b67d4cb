class Serializer:
    formats = {}
    def __init_subclass__(cls, fmt, **kw):
        super().__init_subclass__(**kw)
        Serializer.formats[fmt] = cls
    @classmethod
    def for_format(cls, fmt):
        return cls.formats[fmt]()
    def dump(self, data):
        raise NotImplementedError
class CSV(Serializer, fmt="csv"):
    def dump(self, data):
        return "\n".join(",".join(map(str, r)) for r in data)
class TSV(CSV, fmt="tsv"):
    def dump(self, data):
        return super().dump(data).replace(",", "\t")
class Pipe(Serializer, fmt="pipe"):
    def dump(self, data):
        return "|".join(str(c) for r in data for c in r)
rows = [[1, 2], [3, 4]]
for f in sorted(Serializer.formats):
    print(f, repr(Serializer.for_format(f).dump(rows)))
print(sorted(c.__name__ for c in Serializer.formats.values()))
