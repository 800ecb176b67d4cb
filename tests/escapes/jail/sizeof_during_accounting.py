# kind jail: a class whose __sizeof__ runs code and lies (negative, zero) while the memory accounting walks the sandbox's objects
class Liar:
    def __sizeof__(self):
        print("ESCAPED: the memory accounting ran sandbox code")
        return -1
class Small(dict):
    def __sizeof__(self):
        print("ESCAPED: the memory accounting ran sandbox code")
        return 0
keep = [Liar() for _ in range(50)] + [Small(a=i) for i in range(50)]
blocks = []
for _ in range(400):
    blocks.append(bytes(1 << 20))
print(len(blocks))
