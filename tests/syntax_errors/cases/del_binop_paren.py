del (a + b)
