import graphlib

ts = graphlib.TopologicalSorter()
ts.add("compile", "fetch")
ts.add("test", "compile")
ts.add("package", "compile", "docs")
ts.add("docs")
ts.prepare()
rounds = []
while ts.is_active():
    ready = sorted(ts.get_ready())
    rounds.append(ready)
    ts.done(*ready)
print(rounds)
