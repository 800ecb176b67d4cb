# statistics: StatisticsError and friends
import statistics as st

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("mean empty", lambda: st.mean([]))
attempt("variance one", lambda: st.variance([1]))
attempt("mode empty", lambda: st.mode([]))
attempt("harmonic neg", lambda: st.harmonic_mean([1, -1]))
attempt("quantiles n", lambda: st.quantiles([1, 2, 3], n=0))
attempt("geometric zero", lambda: st.geometric_mean([0, 1]))
attempt("stdev empty", lambda: st.stdev([]))
print(issubclass(st.StatisticsError, ValueError))
st.median([])
