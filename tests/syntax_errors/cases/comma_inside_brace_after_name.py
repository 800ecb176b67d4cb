try:
    y{ield 10 // it
except E:
    pass
