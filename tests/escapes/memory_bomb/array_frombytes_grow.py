# kind 4: a memory bomb: an array fed ever more machine values with frombytes, fromlist and repetition in place
import array
a = array.array("b")
chunk = bytes(1 << 20)
a.fromlist(list(range(100)))
a *= 1000
while True:
    a.frombytes(chunk)
