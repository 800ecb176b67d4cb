class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other.lstrip("/"))
    @property
    def parts(self):
        return [p for p in self.split("/") if p]
    @property
    def name(self):
        return self.parts[-1] if self.parts else ""
p = Path("/usr") / "local" / "/bin/"
print(p, p.parts, p.name, type(p).__name__)
print(p.upper(), p.startswith("/usr"), len(p))
print("%s" % p, "{}".format(p), f"{p!r}")
print(p.replace("usr", "opt"), type(p.replace("usr", "opt")).__name__)
print(sorted([Path("b"), Path("a")]), Path("x") * 2)
