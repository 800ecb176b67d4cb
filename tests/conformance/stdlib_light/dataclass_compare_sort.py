from dataclasses import dataclass, field
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")]
for t in sorted(tasks):
    print(t.priority, t.name)
print(Task(1, "a") == Task(1, "b"), min(tasks).name)
@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    def add(self, name, n=1):
        self.items[name] = self.items.get(name, 0) + n
        return self
inv = Inventory().add("apple").add("pear", 3).add("apple", 2)
print(inv, Inventory())
