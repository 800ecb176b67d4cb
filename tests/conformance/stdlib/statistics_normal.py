# statistics: NormalDist
from statistics import NormalDist

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance)
print(round(iq.cdf(130), 6), round(iq.pdf(100), 8), round(iq.inv_cdf(0.975), 6))
print([round(x, 4) for x in iq.quantiles(4)], round(iq.overlap(NormalDist(110, 10)), 6))
print(iq + 10, iq * 2, iq - NormalDist(5, 20), round(iq.zscore(125), 6))
sample = NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5])
print(round(sample.mean, 6), round(sample.stdev, 6))
print(NormalDist(0, 1) == NormalDist(0, 1), round(NormalDist().cdf(1.96), 6))
