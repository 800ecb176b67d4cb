# kind 3: one host operation with no bound on its time: ''.join(itertools.repeat(''))
import itertools
''.join(itertools.repeat(''))
