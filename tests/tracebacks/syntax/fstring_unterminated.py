x = 1
message = f"total {x}
print(message)
