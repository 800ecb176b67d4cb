# kind 1: changing object.__setattr__ on list from one sandbox, to be seen by another
try:
    object.__setattr__(list, 'copy', None)
except Exception as e:
    print(type(e).__name__)
