# kind 8: deep data across the boundary: d == collections.deque()
import collections
d = collections.deque()
for i in range(15000):
    d = collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([collections.deque([d])])])])])])])])])])])])])])])])])])])])
repr(d)
d == collections.deque()
