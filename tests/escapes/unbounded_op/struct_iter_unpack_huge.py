# kind 3: iter_unpack materialising one tuple per byte of a large buffer
import struct
data = bytes(30_000_000)
for _ in struct.iter_unpack("B", data):
    pass
