# kind 4: a memory bomb:     x = x * x
x = 3
while True:
    x = x * x
