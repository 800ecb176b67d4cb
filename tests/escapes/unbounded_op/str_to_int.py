# kind 3: one host operation with no bound on its time: int('1' * 1_000_000)
int('1' * 1_000_000)
