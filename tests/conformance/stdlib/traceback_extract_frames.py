# Where did it fail? traceback.extract_tb and walk_tb on a three-level call chain:
# function names, line numbers and source lines, with limit cutting from either end.
import sys
import traceback


def parse(value):
    return int(value)


def load(record):
    return parse(record["count"])


def run(records):
    loaded = []
    for record in records:
        loaded.append(load(record))
    return loaded


try:
    run([{"count": "1"}, {"count": "two"}])
except ValueError as exc:
    frames = traceback.extract_tb(exc.__traceback__)
    print(len(frames), type(frames).__name__)
    for frame in frames:
        print(frame.name, frame.lineno, repr(frame.line))
    last = frames[-1]
    print("failed in", last.name, "at line", last.lineno, "->", last.line)
    print([f.name for f in traceback.extract_tb(exc.__traceback__, limit=2)])
    print([f.name for f in traceback.extract_tb(exc.__traceback__, limit=-2)])
    print([lineno for _, lineno in traceback.walk_tb(exc.__traceback__)])
    name, lineno, func, line = frames[0]
    print(func, lineno, line, len(frames[0]))
    print(frames[1] == frames[1], frames[0] == frames[1])
    print(traceback.format_exception_only(type(exc), exc))

try:
    {}["key"]
except KeyError:
    tb = sys.exc_info()[2]
    print([(f.name, f.line) for f in traceback.extract_tb(tb)])
    print(traceback.extract_tb(tb)[0].lineno == tb.tb_lineno)

summary = traceback.StackSummary.from_list([("prog.py", 3, "main", "go()"), ("lib.py", 10, "go", "boom()")])
print([(f.filename, f.lineno, f.name, f.line) for f in summary])
print("".join(summary.format()), end="")
print("".join(traceback.format_list(summary)), end="")
