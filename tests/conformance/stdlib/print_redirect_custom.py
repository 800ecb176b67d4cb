import sys


class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(("write", text))
        return len(text)

    def flush(self):
        self.calls.append(("flush",))


recorder = Recorder()
saved = sys.stdout
sys.stdout = recorder
print("a", "b", "c", sep=", ")
print(42, end="")
print("flushed", flush=True)
print()
sys.stdout = saved
for call in recorder.calls:
    print(call)


class Upper:
    def write(self, text):
        saved.write(text.upper())


sys.stdout = Upper()
print("shouted", [1, "x"])
sys.stdout = saved
print("back to normal")
