# statistics: exact results for Fraction and Decimal data, and int data
import statistics as st
from fractions import Fraction
from decimal import Decimal

fr = [Fraction(1, 3), Fraction(1, 2), Fraction(5, 6), Fraction(7, 4)]
dec = [Decimal("0.5"), Decimal("0.75"), Decimal("0.625"), Decimal("0.5")]
print(st.mean(fr), st.median(fr), st.variance(fr), st.pvariance(fr))
print(st.mean(dec), st.median(dec), st.variance(dec), st.stdev(dec), st.mode(dec))
print(repr(st.mean([1, 2, 3])), repr(st.mean([1, 2])), repr(st.variance([1, 2, 3, 4])))
print(st.pstdev([Decimal("1.5"), Decimal("2.5")]), type(st.stdev(dec)).__name__, type(st.mean(fr)).__name__)
