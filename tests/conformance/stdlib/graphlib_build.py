import graphlib

targets = {
    "app": ["lib", "config"],
    "lib": ["utils", "vendor"],
    "tests": ["app", "fixtures"],
    "utils": [],
    "vendor": [],
    "config": [],
    "fixtures": ["config"],
}
ts = graphlib.TopologicalSorter(targets)
ts.prepare()
step = 0
while ts.is_active():
    ready = sorted(ts.get_ready())
    step += 1
    print(f"step {step}: build {', '.join(ready)}")
    for node in ready:
        ts.done(node)
