# kind 4: a memory bomb: bytearray(10 ** 10)
bytearray(10 ** 10)
