print(bool(0not j))
