for i in x:
    f(i) += 1
