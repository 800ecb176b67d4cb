# statistics: correlation, covariance, linear regression
import statistics as st

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(round(st.correlation(x, x), 9), round(st.correlation(x, y), 9), st.covariance(x, y))
slope, intercept = st.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1])
print(round(slope, 9), round(intercept, 9))
years = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
r = st.linear_regression(years, films)
print(round(r.slope, 9), round(r.intercept, 6), round(r.slope * 2019 + r.intercept))
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print("StatisticsError", e)
