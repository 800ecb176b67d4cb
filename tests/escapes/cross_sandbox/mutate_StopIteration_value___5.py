# kind 1: changing StopIteration.value from one sandbox, to be seen by another
try:
    StopIteration.value = 5
except Exception as e:
    print(type(e).__name__)
