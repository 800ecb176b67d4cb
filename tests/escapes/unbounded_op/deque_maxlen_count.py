# kind 3: one host operation with no bound on its time: collections.deque(itertools.count(), maxlen=1)
import itertools, collections
collections.deque(itertools.count(), maxlen=1)
