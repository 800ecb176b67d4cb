f = lambda acc x: acc
