# statistics: averages and measures of spread
import statistics as st

data = [2.5, 3.25, 5.5, 11.25, 11.75, 3.0, 7.0]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data))
print(st.mode([1, 1, 2, 3, 3, 3, 4]), st.multimode("aabbbccccdd"), st.mode(["red", "blue", "red"]))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data))
print(st.mean([1, 2, 3, 4, 4]), st.median([1, 3, 5, 7]), st.median_grouped([52, 52, 53, 54]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), st.quantiles(range(1, 101), n=10, method="inclusive"))
