# statistics, fractions, decimal and cmath together: a grade book
from decimal import Decimal, ROUND_HALF_UP
from fractions import Fraction
import statistics as st
from collections import defaultdict

scores = {
    "ada": ["18.5", "19", "17.25", "20"],
    "bob": ["12", "14.5", "9.75", "15"],
    "cy": ["15.5", "15.5", "16", "14"],
    "dee": ["20", "19.5", "19.75", "18"],
}
weights = [Fraction(1, 5), Fraction(1, 5), Fraction(1, 4), Fraction(7, 20)]
assert sum(weights) == 1
report = {}
for name, marks in scores.items():
    exact = sum(Fraction(m) * w for m, w in zip(marks, weights))
    final = Decimal(exact.numerator) / Decimal(exact.denominator)
    report[name] = final.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    print(f"{name:>4} {exact!s:>8} {report[name]:>6} {float(exact):8.3f}")
finals = list(report.values())
print("mean", st.mean(finals), "median", st.median(finals), "stdev", st.stdev(finals).quantize(Decimal("0.001")))
bands = defaultdict(list)
for name, grade in sorted(report.items(), key=lambda kv: kv[1], reverse=True):
    band = "A" if grade >= 18 else "B" if grade >= 15 else "C"
    bands[band].append(name)
print(dict(bands))
z = {n: (float(g) - float(st.mean(finals))) / float(st.pstdev(finals)) for n, g in report.items()}
print({n: round(v, 4) for n, v in z.items()})
print(st.quantiles([float(g) for g in finals], n=4), Fraction(sum(finals)) / len(finals))
