import copy


class Tracked:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("copy hook")
        return Tracked(list(self.items))

    def __deepcopy__(self, memo):
        print("deepcopy hook", len(memo))
        return Tracked(copy.deepcopy(self.items, memo))


t = Tracked([[1], [2]])
a = copy.copy(t)
b = copy.deepcopy(t)
print(a.items == t.items, a.items is t.items, b.items[0] is t.items[0])


class State:
    def __init__(self):
        self.x = 1

    def __getstate__(self):
        return {"x": self.x * 10}

    def __setstate__(self, state):
        self.x = state["x"] + 1


print(copy.copy(State()).x, copy.deepcopy(State()).x)
