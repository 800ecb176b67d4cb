# kind 5: output past max_output: sys.stdout.write('w' * 10_000_000)
import sys
sys.stdout.write('w' * 10_000_000)
