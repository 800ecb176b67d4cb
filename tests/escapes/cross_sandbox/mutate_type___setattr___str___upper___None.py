# kind 1: changing type.__setattr__ on str from one sandbox, to be seen by another
try:
    type.__setattr__(str, 'upper', None)
except Exception as e:
    print(type(e).__name__)
