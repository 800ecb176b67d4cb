def handle():
    try:
        int("x")
    except ValueError as e:
        return e.missing_attribute


handle()
