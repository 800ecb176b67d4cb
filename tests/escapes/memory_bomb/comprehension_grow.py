# kind 4: a memory bomb: a = [i for i in range(10 ** 8)]
a = [i for i in range(10 ** 8)]
