# kind 6: a context manager whose __exit__ runs code after a hard limit
class C:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('ESCAPED: __exit__ ran after the limit')
        return True
with C():
    while True:
        pass
