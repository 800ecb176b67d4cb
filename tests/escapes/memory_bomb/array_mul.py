# kind 4: a memory bomb: array.array('d', [0.0]) * 10 ** 10, then an array doubled by extending it with itself
import array
try:
    array.array("d", [0.0]) * 10**10
except MemoryError:
    print("refused")
a = array.array("q", range(1000))
while True:
    a.extend(a)
