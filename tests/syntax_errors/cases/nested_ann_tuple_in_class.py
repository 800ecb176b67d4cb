class A:
    a, b: int
