# kind 1: changing deleting an exception method from one sandbox, to be seen by another
try:
    del KeyError.__str__
except Exception as e:
    print(type(e).__name__)
