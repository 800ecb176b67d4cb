import random


class Recorder(random.Random):
    """Counts how often the core generator is used."""

    def __init__(self, seed):
        self.draws = 0
        super().__init__(seed)

    def random(self):
        self.draws += 1
        return super().random()


r = Recorder(10)
print(r.random(), r.draws)
print(r.uniform(0, 100), r.draws)
print(r.choice("abcdef"), r.draws)
values = [1, 2, 3, 4, 5]
r.shuffle(values)
print(values, r.draws)


class Constant(random.Random):
    def random(self):
        return 0.75


c = Constant(0)
print(c.random(), c.uniform(0, 4), c.randrange(8), c.choice([10, 20, 30, 40]))
print(c.sample(range(10), 3), c.choices("xyz", k=3))
print(isinstance(c, random.Random), type(c).__name__, Constant.__mro__[1].__name__)

# A generator that reads its state from a seed chain
chain = [random.Random(i).randint(0, 99) for i in range(8)]
print(chain)
random.Random(5).choice([])
