import numbers


class Incomplete(numbers.Integral):
    pass


try:
    Incomplete()
except TypeError as error:
    print("TypeError", "abstract" in str(error))
print(sorted(numbers.Integral.__abstractmethods__)[:5])
print(numbers.Number.__hash__ is None)
