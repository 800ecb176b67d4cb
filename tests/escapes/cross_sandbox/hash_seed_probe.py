# kind 1: str hashes are the host's: a sandbox learning the process hash seed (harmless), and dict order attacks
values = [hash(chr(i)) for i in range(200)]
d = {}
for i in range(20000):
    d[str(i)] = i
print(len(d))
