print(is=1)
