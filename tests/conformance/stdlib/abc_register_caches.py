# ABCMeta.register, __subclasshook__ and the caches of CPython's abc.
import abc


class Walker(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is not Walker:
            return NotImplemented
        if "walk" in other.__dict__:
            return True
        if "fly" in other.__dict__:
            return False
        return NotImplemented


class Dog:
    def walk(self): ...


class Bird:
    def fly(self): ...


class Fish: ...


class Runner(Walker): ...


print(issubclass(Dog, Walker), issubclass(Bird, Walker), issubclass(Fish, Walker))
print(isinstance(Dog(), Walker), issubclass(Runner, Walker), issubclass(Fish, Runner))
token = abc.get_cache_token()
print(Walker.register(Fish) is Fish, issubclass(Fish, Walker), abc.get_cache_token() > token)
print(Runner.register(int) is int, isinstance(3, Walker), isinstance(True, Runner))
print(Walker.register(Dog) is Dog, abc.get_cache_token() - token)
try:
    Runner.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    Runner.register(Walker)
except RuntimeError as e:
    print("RuntimeError", e)


class Odd(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 1


try:
    issubclass(int, Odd)
except AssertionError as e:
    print("AssertionError", e)
Runner._abc_registry_clear()
Runner._abc_caches_clear()
print(isinstance(3, Runner), isinstance(3, Walker))
print(isinstance(Runner(), Walker), issubclass(bool, Runner))
