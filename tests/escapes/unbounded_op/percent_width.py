# kind 3: one host operation with no bound on its time: '%*d' % (10 ** 10, 1)
'%*d' % (10 ** 10, 1)
