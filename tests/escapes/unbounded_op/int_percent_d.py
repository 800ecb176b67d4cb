# kind 3: one host operation with no bound on its time: '%d' % (7 ** 800_000)
'%d' % (7 ** 800_000)
