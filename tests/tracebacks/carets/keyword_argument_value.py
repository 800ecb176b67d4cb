# A keyword argument value that fails.
sizes = {}
print("total", sep=sizes["sep"], end="\n")
