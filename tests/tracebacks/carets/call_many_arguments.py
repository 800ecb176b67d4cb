# A call with many arguments: the failing one is marked.
parts = ["a"]
print("x", "y", "z", parts[3])
