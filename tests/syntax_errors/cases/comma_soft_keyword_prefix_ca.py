f(ca.x b)
