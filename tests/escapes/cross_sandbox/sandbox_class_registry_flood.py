# kind 1: creating and dropping many classes to churn the process-wide registry of user classes (ids reused by another sandbox's classes)
for i in range(3000):
    C = type('C%d' % i, (object,), {'__repr__': lambda self: 'hacked', 'x': i})
    C().x
    del C
