import csv
import io

data = "name,score,team\nAnn,10,red\nBob,7\nCy,3,blue,extra,more\n"
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
for row in reader:
    print(row)
reader = csv.DictReader(io.StringIO(data), restkey="rest", restval="?")
for row in reader:
    print(row)
reader = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["a", "b"])
print([dict(row) for row in reader])

buffer = io.StringIO()
writer = csv.DictWriter(buffer, fieldnames=["name", "score"], restval="0")
writer.writeheader()
writer.writerow({"name": "Ann", "score": 10})
writer.writerow({"name": "Bob"})
writer.writerows([{"name": "Cy", "score": 3}, {"score": 4, "name": "Di"}])
print(repr(buffer.getvalue()))
try:
    writer.writerow({"name": "Ed", "age": 3})
except ValueError as error:
    print("ValueError:", error)
writer = csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="ignore")
print(writer.writerow({"a": 1, "b": 2}))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="bogus")
except ValueError as error:
    print("ValueError:", error)
