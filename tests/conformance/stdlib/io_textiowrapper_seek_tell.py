# TextIOWrapper tell/seek: cookies at the start, at line boundaries, mid-line, at the end.
import io

text = "first line\nsecond, with é and €\nthird\r\nfourth\rfifth\n"
raw = io.BytesIO(text.encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
marks = [t.tell()]
while True:
    line = t.readline()
    if not line:
        break
    marks.append(t.tell())
print(marks)
for mark in reversed(marks):
    print(t.seek(mark), repr(t.readline()))
t.seek(0)
print(t.read(7), t.tell())
t.seek(marks[1])
print(repr(t.read(14)))
cookie = t.tell()
after = t.read(5)
t.seek(cookie)
print(repr(after), t.read(5) == after)
print(t.seek(0, io.SEEK_END), repr(t.read()), t.tell() == len(text.encode("utf-8")))
t.seek(marks[2])
print(t.seek(0, io.SEEK_CUR) == marks[2], repr(t.readline()))
t.seek(0)
for line in t:
    try:
        t.tell()
    except OSError as e:
        print(type(e).__name__, e)
    break
t.readline()
t.seek(0)
print(t.tell())
for bad in [(5, io.SEEK_CUR), (-1, io.SEEK_END), (0, 7), (-3, io.SEEK_SET)]:
    try:
        t.seek(*bad)
    except (ValueError, OSError) as e:
        print(bad, type(e).__name__, e)
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
w.write("abc\ndéf\n")
print(w.tell())
w.seek(0)
print(repr(w.read()), w.tell())
w.seek(4)
w.write("XYZ")
w.seek(0)
print(repr(w.read()))
