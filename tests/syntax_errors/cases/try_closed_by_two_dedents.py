for x in y:
    try:
        if i == 2:
            continue
    = 3
