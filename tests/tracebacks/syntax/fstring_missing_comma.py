width = 3
print(f"{width height}")
