# kind 3: unpack of a large buffer into tens of millions of ints in one host call: struct.unpack('40000000B', ...)
import struct
data = bytes(40_000_000)
struct.unpack("40000000B", data)
