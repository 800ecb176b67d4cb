# kind jail: the memory accounting's walk over the program's objects must not run their __getattribute__ (the host's isinstance asks __class__)
class Hostile:
    def __getattribute__(self, name):
        if name == "__class__":
            print("ESCAPED: the host asked __class__ during a memory walk")
        return object.__getattribute__(self, name)


keep = [Hostile() for _ in range(10)]
data = []
for i in range(300_000):
    data.append([i, str(i)])
print(len(data))
