# kind 3: one host operation with no bound on its time: format(1.5, '.1000000000f')
format(1.5, '.1000000000f')
