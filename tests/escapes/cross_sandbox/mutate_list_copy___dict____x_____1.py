# kind 1: changing a builtin method's __dict__ from one sandbox, to be seen by another
try:
    list.copy.__dict__['x'] = 1
except Exception as e:
    print(type(e).__name__)
