# kind 3: one host operation with no bound on its time: ('\t' * 1000).expandtabs(10 ** 7)
('\t' * 1000).expandtabs(10 ** 7)
