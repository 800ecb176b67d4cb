f(a=, b)
