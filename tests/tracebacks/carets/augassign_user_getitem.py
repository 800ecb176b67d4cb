class Table:
    def __getitem__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        pass


t = Table()
t["row"] += 1
