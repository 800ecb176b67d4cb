class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[str])
class Typed:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return (cls.__name__, len(params))
print(Typed[int, str], Typed[float])
print(list[int], dict[str, int], tuple[int, ...])
print(list[int]([1, 2]), type(list[int]([1])).__name__)
class Sub(Box):
    pass
print(Sub[bool])
