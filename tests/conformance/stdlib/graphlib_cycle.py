import graphlib

ts = graphlib.TopologicalSorter({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
try:
    ts.prepare()
except graphlib.CycleError as error:
    message, cycle = error.args
    print(message, len(cycle), cycle[0] == cycle[-1])
print(issubclass(graphlib.CycleError, ValueError))
try:
    list(graphlib.TopologicalSorter({"self": ["self"]}).static_order())
except graphlib.CycleError as error:
    print(error.args[1])
