# kind 3: one host operation with no bound on its time: format(1, '>10000000000')
format(1, '>10000000000')
