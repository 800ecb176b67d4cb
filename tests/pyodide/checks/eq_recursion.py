# Each level makes its own operands, so no deep structure is left to free afterwards.
class E:
    def __eq__(self, other):
        return [E()] == [E()]


try:
    print(E() == E())
except RecursionError:
    print("RecursionError")
print("ok")
