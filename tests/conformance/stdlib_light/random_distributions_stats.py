import math
import random

random.seed(31415)


def mean(xs):
    return math.fsum(xs) / len(xs)


gauss = [random.gauss(10, 2) for _ in range(2000)]
print(round(mean(gauss), 6), round(min(gauss), 6), round(max(gauss), 6))
normal = [random.normalvariate(0, 1) for _ in range(500)]
print(round(mean(normal), 6))
expo = [random.expovariate(0.5) for _ in range(1000)]
print(round(mean(expo), 6))
print(round(random.lognormvariate(0, 0.25), 9), round(random.vonmisesvariate(math.pi, 2), 9))
print(round(random.gammavariate(2.5, 1.5), 9), round(random.gammavariate(0.5, 2), 9))
print(round(random.betavariate(2, 3), 9), round(random.paretovariate(2.5), 9))
print(round(random.weibullvariate(2, 1.5), 9), round(random.triangular(0, 10, 3), 9))
tri = [random.triangular(1, 2) for _ in range(300)]
print(all(1 <= t <= 2 for t in tri), round(mean(tri), 6))

# Monte Carlo estimate of pi with a fixed seed
rng = random.Random(2)
inside = sum(1 for _ in range(20000) if rng.random() ** 2 + rng.random() ** 2 <= 1)
print(inside, 4 * inside / 20000)

# Histogram of a uniform distribution
bins = [0] * 5
for _ in range(5000):
    bins[int(random.uniform(0, 5))] += 1
print(bins, sum(bins))
