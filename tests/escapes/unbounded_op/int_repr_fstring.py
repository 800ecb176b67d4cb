# kind 3: one host operation with no bound on its time: f'{3 ** 900_000}'
f'{3 ** 900_000}'
