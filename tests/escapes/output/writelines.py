# kind 5: output past max_output: sys.stdout.writelines(['l' * 1000] * 100_000)
import sys
sys.stdout.writelines(['l' * 1000] * 100_000)
