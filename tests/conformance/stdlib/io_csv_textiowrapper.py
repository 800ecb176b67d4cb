# csv over TextIOWrapper: reading encoded bytes, writing through to a BytesIO.
import csv
import io

payload = 'name,city,amount\r\n"Müller, Jö",Zürich,12.5\r\nAna,"São Paulo",7\r\n"multi\nline",Oslo,3\r\n'
raw = io.BytesIO(payload.encode("utf-8"))
with io.TextIOWrapper(raw, encoding="utf-8", newline="") as text:
    rows = list(csv.reader(text))
print(rows, raw.closed)
raw = io.BytesIO(payload.encode("latin-1", "replace"))
text = io.TextIOWrapper(raw, encoding="latin-1", newline="")
for row in csv.DictReader(text):
    print(row["name"].replace("\n", "|"), row["amount"])
print(text.tell() == len(raw.getvalue()))
out = io.BytesIO()
text = io.TextIOWrapper(out, encoding="utf-8", newline="")
writer = csv.writer(text)
writer.writerow(["id", "label"])
writer.writerows([[1, "plain"], [2, "with,comma"], [3, 'quote "x"'], [4, "é"]])
text.flush()
print(out.getvalue())
text.detach()
out.seek(0)
back = io.TextIOWrapper(out, encoding="utf-8", newline="")
print(list(csv.reader(back))[-2:])
