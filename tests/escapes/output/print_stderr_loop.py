# kind 5: output past max_output:     print('e' * 1000, file=sys.stderr)
import sys
while True:
    print('e' * 1000, file=sys.stderr)
