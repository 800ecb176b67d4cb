import csv
import io


def show(rows, **options):
    buffer = io.StringIO()
    writer = csv.writer(buffer, **options)
    for row in rows:
        writer.writerow(row)
    print(repr(buffer.getvalue()))


rows = [["a", "b c", 'd"e', "f,g", "h\ni", 1, 2.5, None, True, ""]]
show(rows)
show(rows, quoting=csv.QUOTE_ALL)
show(rows, quoting=csv.QUOTE_NONNUMERIC)
show([["a", "b,c", 'q"q']], quoting=csv.QUOTE_NONE, escapechar="\\")
show([['say "x"']], doublequote=False, escapechar="\\")
show([[""]])
show([[None]])
show([[]])
show([["a", "b"]], delimiter=";", lineterminator="\n")
show([["x;y", "z"]], delimiter=";", quotechar="'")
show([range(3), (4, 5), "ab"])
buffer = io.StringIO()
result = csv.writer(buffer).writerow(["abc", "de"])
print(result, repr(buffer.getvalue()))
print(csv.writer(io.StringIO()).writerows([[1], [2]]))
