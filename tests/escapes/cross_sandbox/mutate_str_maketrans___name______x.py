# kind 1: changing a static method entry from one sandbox, to be seen by another
try:
    str.maketrans.__name__ = 'x'
except Exception as e:
    print(type(e).__name__)
