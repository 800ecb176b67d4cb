import numbers

for value in [1, 2.5, 3j, True, "s", None]:
    print(repr(value), [cls.__name__ for cls in (numbers.Number, numbers.Complex, numbers.Real,
                                                  numbers.Rational, numbers.Integral) if isinstance(value, cls)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real))
print([c.__name__ for c in numbers.Integral.__mro__][:5])
print(issubclass(bool, numbers.Number), isinstance(2 ** 100, numbers.Integral))
print(isinstance(float("nan"), numbers.Real))
print(isinstance(complex(1, 0), numbers.Real))
