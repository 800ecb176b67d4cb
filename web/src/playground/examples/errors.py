# A traceback
# This program fails. The failing line is marked in the editor,
# and each "File" line of the traceback is a link: click one to
# jump to that line.


def average(values):
    return sum(values) / len(values)


def report(groups):
    for name, values in groups.items():
        print(f"{name}: {average(values):.1f}")


temperatures = {
    "morning": [12, 15, 11],
    "evening": [18, 16],
    "night": [],
}
report(temperatures)
