result = None
result.apend(1)
