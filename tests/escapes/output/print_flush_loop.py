# kind 5: output past max_output:     print('.', end='', flush=True)
while True:
    print('.', end='', flush=True)
