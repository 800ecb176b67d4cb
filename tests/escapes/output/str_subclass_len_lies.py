# kind 5: printing a str subclass that lies about its length (an output meter that trusts len())
class S(str):
    def __len__(self):
        return 0
print(S('x' * 10_000_000))
print('a', sep=S('s' * 1000), end=S('e' * 10_000_000))
