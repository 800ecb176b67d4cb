# kind 4: a memory bomb: b'a'.center(10 ** 9)
b'a'.center(10 ** 9)
