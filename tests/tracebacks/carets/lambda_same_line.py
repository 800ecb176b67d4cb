f = lambda v: v + 'a'
r = [f(1)]
