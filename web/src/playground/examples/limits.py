# Hitting a limit
# Every run has budgets: 10 seconds of computing time, 256 MiB
# of memory, 1 MiB of output. This loop never ends: the sandbox
# ends it when the output budget runs out, and no try/except can
# stop that.

n = 0
try:
    while True:
        n += 1
        print(f"line {n}: this loop never ends")
finally:
    print("A limit skips finally blocks: this line never appears.")
