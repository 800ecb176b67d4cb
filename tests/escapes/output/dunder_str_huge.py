# kind 5: an object whose __str__ returns a huge string (or a str subclass), printed
class X:
    def __str__(self):
        return 'x' * 10_000_000
print(X())
