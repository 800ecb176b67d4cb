a = 'x'
b = a+1
