numbers = [1, 2, 3]
pritn(numbers)
