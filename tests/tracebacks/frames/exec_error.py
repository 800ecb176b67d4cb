exec("a = 1\nb = a + None")
