print('a')
print('b)
