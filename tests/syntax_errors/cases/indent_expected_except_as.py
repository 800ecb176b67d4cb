try:
    x = 1
except E as e:
pass
