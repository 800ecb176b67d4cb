# kind 3: one host operation with no bound on its time: round(10 ** 1_000_000, -999_999)
round(10 ** 1_000_000, -999_999)
