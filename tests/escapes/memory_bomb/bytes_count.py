# kind 4: a memory bomb: bytes(10 ** 10)
bytes(10 ** 10)
