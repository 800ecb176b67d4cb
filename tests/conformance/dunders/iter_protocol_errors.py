class NoIter:
    pass
try:
    iter(NoIter())
except TypeError:
    print("TypeError not iterable")
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError:
    print("TypeError iter returned non-iterator")
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError:
    print("TypeError __iter__ is None")
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContainsNone()
except TypeError:
    print("TypeError __contains__ is None")
for x in NoIter():
    pass
