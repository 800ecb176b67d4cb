import csv
import io

sample = "city;population;area\nParis;2100000;105.4\nLyon;513000;47.9\n"
dialect = csv.Sniffer().sniff(sample)
print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.skipinitialspace)
print(csv.Sniffer().has_header(sample))
rows = list(csv.reader(io.StringIO(sample), dialect))
header, body = rows[0], rows[1:]
totals = {}
for city, population, area in body:
    totals[city] = round(int(population) / float(area), 1)
print(header, totals)

out = io.StringIO()
writer = csv.writer(out, lineterminator="\n")
writer.writerow(["city", "density"])
for city in sorted(totals):
    writer.writerow([city, totals[city]])
print(out.getvalue(), end="")
quoted = 'a,"b, c",d\n"e",f,"g ""h"""\n'
print(repr(csv.Sniffer().sniff(quoted).delimiter))
try:
    csv.Sniffer().sniff("")
except csv.Error as error:
    print("Error:", error)
