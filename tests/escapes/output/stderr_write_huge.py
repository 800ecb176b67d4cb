# kind 5: output past max_output: sys.stderr.write('e' * 10_000_000)
import sys
sys.stderr.write('e' * 10_000_000)
