# kind 2/5: an exception group holding a hundred thousand exceptions
raise ExceptionGroup('wide', [ValueError(i) for i in range(100000)])
