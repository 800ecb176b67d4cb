# smolagents tools: sandbox functions, classes and objects with hostile dunders passed to host capabilities
class Evil:
    def __eq__(self, o):
        while True:
            pass
    def __hash__(self):
        return 1
    def __repr__(self):
        while True:
            pass
    def __iter__(self):
        while True:
            yield 1
for v in (Evil(), Evil, lambda: 0, print, [Evil()], {'k': Evil()}, {Evil()}, (x for x in [1]), type(print), range(10 ** 18)):
    for cap in (echo, record):
        try:
            cap(v)
        except Exception as e:
            pass
