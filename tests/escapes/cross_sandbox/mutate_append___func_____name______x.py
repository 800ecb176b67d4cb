# kind 1: changing the builtin behind a bound method from one sandbox, to be seen by another
try:
    [].append.__func__.__name__ = 'x'
except Exception as e:
    print(type(e).__name__)
