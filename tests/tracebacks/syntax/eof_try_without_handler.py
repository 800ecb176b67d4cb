try:
    print("start")
