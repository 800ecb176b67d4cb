x = None
ok = x is None or x.value
y = x and x.value
z = True and x.value
