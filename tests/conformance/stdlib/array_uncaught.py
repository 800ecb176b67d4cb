import array

# Samples from a 16-bit sensor, scaled: one reading does not fit and the program stops.
readings = [120, 4000, -300, 16000]
samples = array.array("h")
for reading in readings:
    samples.append(reading)
print(samples, samples.itemsize * len(samples), "bytes")
scaled = array.array("h", (r // 2 for r in samples))
print("scaled", scaled)
tripled = array.array("h")
for value in samples:
    tripled.append(value * 3)
    print("tripled so far", tripled.tolist())
    print("sum", sum(tripled))
print("never printed")
