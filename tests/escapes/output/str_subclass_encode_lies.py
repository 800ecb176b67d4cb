# kind 5: a str subclass whose encode/__len__/__bool__ lie, written to sys.stdout
import sys
class S(str):
    def __len__(self):
        return 1
    def encode(self, *a):
        return b''
    def __bool__(self):
        return False
sys.stdout.write(S('q' * 10_000_000))
