# kind 3: one host operation whose result size the program controls: struct.pack('1000000000x')
import struct
struct.pack("1000000000x")
