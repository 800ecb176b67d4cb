# kind 3: one host operation with no bound on its time: int('z' * 2_000_000, 36)
int('z' * 2_000_000, 36)
