assert, x
