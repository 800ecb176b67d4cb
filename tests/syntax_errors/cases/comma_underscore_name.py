f(_x b)
