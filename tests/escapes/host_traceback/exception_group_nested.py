# kind 2: an exception group nested ten thousand deep
e = ValueError('leaf')
for i in range(10000):
    e = ExceptionGroup('level %d' % i, [e])
raise e
