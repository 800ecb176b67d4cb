def test():
    return sum([1, 2, 3])
print(test())
sum = lambda xs: "shadowed sum"
print(test())
del sum
print(test())
list_ = list
list = tuple
print(list([1, 2]))
list = list_
print(list((1, 2)))
def local_shadow():
    str = int
    return str("42") + 1
print(local_shadow(), str(5))
def use_print():
    return print
print(use_print() is print)
