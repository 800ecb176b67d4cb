import numbers

print(isinstance(1, numbers.Number))
numbers.Number()
print(isinstance(1.5, numbers.Integral), isinstance(True, numbers.Integral))
print(numbers.Complex.__name__, numbers.Real.__mro__[1].__name__)
for cls in (numbers.Number, numbers.Complex):
    print(cls.__name__, cls.__module__)
print(issubclass(numbers.Integral, numbers.Rational))
numbers.Integral.register(3)
