# kind 5: output past max_output: print(f"{'z':>10000000}")
print(f"{'z':>10000000}")
