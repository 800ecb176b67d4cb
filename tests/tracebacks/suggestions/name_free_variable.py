# A free variable read before the enclosing function binds it: the NameError carries
# the name, and the suggestion comes from the inner frame's globals and builtins.
def make_counter():
    def count():
        return total + 1

    first = count()
    total = 0
    return first


totals = 5
make_counter()
