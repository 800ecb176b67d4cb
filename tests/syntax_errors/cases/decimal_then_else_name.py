x = 1else0
