def make_adder(n):
    def add(x):
        return x + n
    return add


add = make_adder("s")
add(1)
