class Cache:
    def __init__(self):
        self._store = {}


c = Cache()
print(c._stor)
