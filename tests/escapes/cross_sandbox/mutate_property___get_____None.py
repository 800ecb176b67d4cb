# kind 1: changing property.__get__ from one sandbox, to be seen by another
try:
    property.__get__ = None
except Exception as e:
    print(type(e).__name__)
