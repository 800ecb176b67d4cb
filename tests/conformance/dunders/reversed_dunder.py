class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __reversed__(self):
        print("custom reversed")
        return iter(self.cards[::-1])
d = Deck(["A", "K", "Q"])
print(list(reversed(d)))
class NoRev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(NoRev())))
print(list(reversed(range(4))), list(reversed("abc")), list(reversed({"x": 1, "y": 2})))
class NotSeq:
    pass
try:
    reversed(NotSeq())
except Exception as e:
    print("caught", type(e).__name__)
