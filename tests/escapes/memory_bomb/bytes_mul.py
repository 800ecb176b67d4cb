# kind 4: a memory bomb: b'ab' * 10 ** 9
b'ab' * 10 ** 9
