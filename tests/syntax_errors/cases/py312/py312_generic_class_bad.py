class A[1]:
    pass
