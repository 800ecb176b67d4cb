def squares(limit):
    return [n * n for n in range(limt)]


squares(3)
