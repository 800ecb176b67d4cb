# kind 5: output past max_output:         pass
while True:
    try:
        input('p' * 10_000)
    except EOFError:
        pass
