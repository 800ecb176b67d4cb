import numbers


class Money:
    def __init__(self, cents):
        self.cents = cents


numbers.Real.register(Money)
print(isinstance(Money(5), numbers.Real), isinstance(Money(5), numbers.Number), isinstance(Money(5), numbers.Integral))
print(issubclass(Money, numbers.Complex))
