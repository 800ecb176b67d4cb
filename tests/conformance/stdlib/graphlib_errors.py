import graphlib

ts = graphlib.TopologicalSorter({1: [2]})
ts.prepare()
try:
    ts.add(3)
except ValueError as error:
    print("ValueError", error)
try:
    ts.done(1)
except ValueError as error:
    print("ValueError", error)
print(list(ts.get_ready()))
ts.prepare()
