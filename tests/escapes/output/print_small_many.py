# kind 5: output past max_output:     print(i)
for i in range(10 ** 7):
    print(i)
