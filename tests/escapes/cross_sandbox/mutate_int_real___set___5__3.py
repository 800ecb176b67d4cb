# kind 1: changing a data descriptor of int from one sandbox, to be seen by another
try:
    int.real.__set__(5, 3)
except Exception as e:
    print(type(e).__name__)
