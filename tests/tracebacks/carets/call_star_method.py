# A method call whose one positional argument is *value: CPython names the bound method.
class Greeter:
    def greet(self, *names):
        return names


Greeter().greet(*42)
