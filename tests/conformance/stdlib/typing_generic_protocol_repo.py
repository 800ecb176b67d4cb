# A small generic repository: Generic, Protocol, TypeVar bound, Optional and Callable.
from dataclasses import dataclass
from typing import Callable, Dict, Generic, Iterator, List, Optional, Protocol, TypeVar


class HasId(Protocol):
    id: int


T = TypeVar("T", bound=HasId)


class Repository(Generic[T]):
    def __init__(self) -> None:
        self._items: Dict[int, T] = {}

    def add(self, item: T) -> T:
        self._items[item.id] = item
        return item

    def get(self, id: int) -> Optional[T]:
        return self._items.get(id)

    def find(self, pred: Callable[[T], bool]) -> List[T]:
        return [x for x in self._items.values() if pred(x)]

    def __iter__(self) -> Iterator[T]:
        return iter(sorted(self._items.values(), key=lambda x: x.id))


@dataclass
class User:
    id: int
    name: str
    admin: bool = False


repo: Repository[User] = Repository()
for i, name in enumerate(["ada", "bob", "cy"], 1):
    repo.add(User(i, name, admin=name == "cy"))
print(repo.get(2), repo.get(9))
print(repo.find(lambda u: u.admin))
print([u.name for u in repo])
print(Repository[User], Repository.__parameters__)
print(__annotations__)
