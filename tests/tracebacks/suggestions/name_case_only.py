Total = 10
print(total)
