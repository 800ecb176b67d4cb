# typing with enum and collections: a typed inventory.
from collections import Counter, defaultdict, deque
from enum import Enum, auto
from typing import DefaultDict, Deque, Dict, List, NamedTuple, Tuple


class Kind(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()


class Entry(NamedTuple):
    name: str
    kind: Kind
    qty: int


stock: List[Entry] = [
    Entry("hammer", Kind.TOOL, 3),
    Entry("apple", Kind.FOOD, 10),
    Entry("ball", Kind.TOY, 2),
    Entry("saw", Kind.TOOL, 1),
    Entry("pear", Kind.FOOD, 4),
]
by_kind: DefaultDict[Kind, List[str]] = defaultdict(list)
for e in stock:
    by_kind[e.kind].append(e.name)
totals: Dict[str, int] = {k.name: sum(e.qty for e in stock if e.kind is k) for k in Kind}
print(dict(sorted((k.name, v) for k, v in by_kind.items())))
print(totals)
counts = Counter(e.kind.name for e in stock)
print(counts.most_common(2))
recent: Deque[Tuple[str, int]] = deque(maxlen=2)
for e in stock:
    recent.append((e.name, e.qty))
print(list(recent))
print(Entry.__annotations__)
print(max(stock, key=lambda e: e.qty))
