class A:
    size = 3
    other = sise * 2
