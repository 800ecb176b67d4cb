import csv
import io

print(sorted(csv.list_dialects()))
excel = csv.get_dialect("excel")
print(excel.delimiter, repr(excel.quotechar), excel.doublequote, excel.escapechar,
      repr(excel.lineterminator), excel.quoting, excel.skipinitialspace, excel.strict)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
pipes = csv.get_dialect("pipes")
print(pipes.delimiter, pipes.quoting, repr(pipes.lineterminator))
buffer = io.StringIO()
csv.writer(buffer, "pipes").writerow(["a", 1])
print(repr(buffer.getvalue()))
print(list(csv.reader(['"a"|"1"'], dialect="pipes")))


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("semi", Semi)
buffer = io.StringIO()
csv.writer(buffer, dialect=Semi).writerow(["x;y", "z"])
print(repr(buffer.getvalue()))
print(list(csv.reader(["1;2;3"], "semi")))
print(csv.get_dialect("semi").delimiter)
csv.unregister_dialect("semi")
print("semi" in csv.list_dialects())
try:
    csv.get_dialect("semi")
except csv.Error as error:
    print("Error:", error)
try:
    csv.unregister_dialect("nope")
except csv.Error as error:
    print("Error:", error)
try:
    pipes.delimiter = ","
except AttributeError:
    print("AttributeError: read-only")
reader = csv.reader([], delimiter=":")
print(reader.dialect.delimiter, reader.dialect.quoting)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["short,this field is too long"]))
except csv.Error as error:
    print("Error:", error)
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
