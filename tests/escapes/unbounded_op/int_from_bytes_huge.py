# kind 3: one host operation with no bound on its time: int.from_bytes(b'\xff' * 60_000_000, 'big')
int.from_bytes(b'\xff' * 60_000_000, 'big')
