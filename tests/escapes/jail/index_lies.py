# kind jail: __index__/__len__/__hash__ returning huge, negative or non-int values to host operations
class I:
    def __index__(self):
        return 10 ** 100
    def __len__(self):
        return -1
    def __hash__(self):
        return 10 ** 100
for op in (lambda: [1][I()], lambda: 'a' * I(), lambda: len(I()), lambda: hash(I()), lambda: range(I()), lambda: bytes(I()), lambda: [0][I():I()], lambda: (1).to_bytes(I(), 'big'), lambda: chr(I())):
    try:
        op()
    except Exception as e:
        pass
