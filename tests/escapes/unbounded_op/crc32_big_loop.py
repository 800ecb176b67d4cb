# kind 3: checksums over a large buffer in a loop: each call must charge the meter
import binascii
data = bytes(32 * 1024 * 1024)
crc = 0
while True:
    crc = binascii.crc32(data, crc)
