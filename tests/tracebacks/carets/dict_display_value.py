# The failing value of a dict display gets its own carets.
empty = []
summary = {"first": 1, "last": empty[-1]}
