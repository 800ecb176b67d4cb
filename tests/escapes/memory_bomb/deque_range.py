# kind 4: a memory bomb: collections.deque(range(10 ** 8))
import collections
collections.deque(range(10 ** 8))
