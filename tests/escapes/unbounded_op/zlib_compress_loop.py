# kind 3: compressing a large buffer at level 9 over and over: each call must charge the meter so the limits end it
import zlib
data = bytes(range(256)) * 200_000
while True:
    zlib.compress(data, 9)
