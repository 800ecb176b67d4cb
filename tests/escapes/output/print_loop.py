# kind 5: output past max_output:     print('x' * 1000)
while True:
    print('x' * 1000)
