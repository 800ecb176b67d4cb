def load(table, key):
    return table[key]


def lookup(key):
    table = {"a": 1, "b": 2}
    return load(table, key) + 1


def main():
    print(lookup("a"))
    print(lookup("z"))


main()
