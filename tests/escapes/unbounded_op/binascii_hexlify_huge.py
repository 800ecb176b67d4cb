# kind 3: a conversion whose output is a multiple of its input: hexlify with a separator of a large buffer
import binascii
data = bytes(60_000_000)
binascii.hexlify(data, "-")
