# A batch job that keeps going after errors and reports each one in a compact form built
# from traceback.extract_tb and format_exception_only, then prints one full traceback.
import io
import traceback


def divide(a, b):
    return a / b


def average(values):
    return divide(sum(values), len(values))


def parse_row(row):
    name, *fields = row.split(",")
    numbers = []
    for field in fields:
        numbers.append(float(field))
    return name, numbers


rows = ["alpha,1,2,3", "beta", "gamma,4,x", "delta,10,20"]
report = []
for row in rows:
    try:
        name, numbers = parse_row(row)
        report.append((name, average(numbers)))
    except Exception as exc:
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        message = traceback.format_exception_only(exc)[-1].strip()
        report.append((row, f"{frame.name}:{frame.lineno}: {message}"))

for name, outcome in report:
    print(f"{name:<12} {outcome}")

buffer = io.StringIO()
try:
    average([])
except ZeroDivisionError as exc:
    traceback.print_exception(exc, file=buffer)
    text = buffer.getvalue()
    lines = text.splitlines()
    print(lines[0], lines[-1])
    print([line.strip() for line in lines if line.strip().startswith("return")])
    print(text.count('File "'), text.endswith("division by zero\n"))
    names = [f.name for f in traceback.extract_tb(exc.__traceback__)]
    print(" -> ".join(names))
    tb_text = "".join(traceback.format_tb(exc.__traceback__))
    print(tb_text.count(", line "), tb_text.splitlines()[0].strip().startswith("File"))

errors = sum(1 for _, outcome in report if isinstance(outcome, str))
print(f"{errors} of {len(rows)} rows failed")
