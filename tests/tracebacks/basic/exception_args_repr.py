raise KeyError("a key")
