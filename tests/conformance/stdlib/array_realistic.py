import array
import io
import struct

# A tiny binary file format: a header, then an array of doubles and one of counts.
temps = array.array("d", [21.5, 22.0, 19.75, 23.25, 20.0])
counts = array.array("H", [3, 0, 7, 65535, 12])
buffer = io.BytesIO()
buffer.write(struct.pack("<4sII", b"TMP1", len(temps), len(counts)))
temps.tofile(buffer)
counts.tofile(buffer)
data = buffer.getvalue()
print(len(data), data[:4])

reader = io.BytesIO(data)
magic, ntemps, ncounts = struct.unpack("<4sII", reader.read(12))
t2 = array.array("d")
t2.fromfile(reader, ntemps)
c2 = array.array("H")
c2.fromfile(reader, ncounts)
print(magic, t2 == temps, c2 == counts, c2)
try:
    short = array.array("d")
    short.fromfile(io.BytesIO(b"12345678"), 2)
except EOFError as error:
    print("EOFError", error, short)
try:
    array.array("d").fromfile(io.BytesIO(b"12345678abc"), 2)
except ValueError as error:
    print("ValueError", error)

# Statistics over the arrays.
mean = sum(temps) / len(temps)
print(f"mean {mean:.3f}, min {min(temps)}, max {max(temps)}")
above = array.array("d", (t for t in temps if t > mean))
print("above mean", above, above.buffer_info()[1])

# A histogram in a byte array, and a moving sum.
hist = array.array("L", [0] * 5)
for value in [1, 3, 3, 4, 0, 3, 1, 2, 2, 4, 4, 4]:
    hist[value] += 1
print(hist, hist.index(max(hist)))
window = 3
sums = array.array("i", [0] * (len(counts) - window + 1))
for i in range(len(sums)):
    sums[i] = sum(counts[i : i + window])
print(sums)

# A subclass keeps the array's behaviour and its own name in repr.
class Samples(array.array):
    def mean(self):
        return sum(self) / len(self)

s = Samples("i", [2, 4, 9])
s.append(5)
print(s, s.mean(), type(s[:2]).__name__, type(s + s).__name__, s.typecode)
