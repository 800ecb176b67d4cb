import pprint
from collections import OrderedDict, defaultdict, Counter, deque

pprint.pprint(OrderedDict((str(i), i * i) for i in range(12)), width=50)
dd = defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
pprint.pprint(dd, width=40)
pprint.pprint(Counter("mississippi"), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=50)
pprint.pprint((1, (2, (3, (4, (5, (6,)))))), width=10)
pprint.pprint({frozenset({1, 2}), frozenset({3})} and sorted([{1, 2, 3}, {4}], key=len), width=10)
