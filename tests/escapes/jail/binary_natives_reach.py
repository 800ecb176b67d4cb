# kind jail: the native binascii, unicodedata, _struct, platform and _operator._compare_digest callables: their host function, module, globals or closure
import binascii, unicodedata, _struct, platform, _operator
for fn in (binascii.hexlify, binascii.crc32, unicodedata.normalize, unicodedata.name, _struct.pack, _struct.calcsize, platform.system, _operator._compare_digest):
    for name in ("__self__", "__module__", "__globals__", "__closure__", "__code__", "__wrapped__", "fn", "__func__", "__call__", "__reduce__", "__dict__", "__text_signature__"):
        try:
            v = getattr(fn, name)
        except Exception as e:
            v = type(e).__name__
        text = repr(v)
        if "interp" in text or "<module" in text or "function _" in text or "cell" in text:
            print("ESCAPED", fn, name, text[:100])
print(binascii.Error.__mro__, unicodedata.__dict__.keys() if hasattr(unicodedata, "__dict__") else None)
class Evil:
    def __index__(self):
        print("ESCAPED: host called __index__ from C")
        return 1
    def __bool__(self):
        print("ESCAPED: host called __bool__ from C")
        return True
    def __buffer__(self, flags):
        print("ESCAPED: host called __buffer__ from C")
        return memoryview(b"x")
for call in (lambda: _struct.pack("i", Evil()), lambda: _struct.pack("?", Evil()), lambda: binascii.hexlify(Evil()),
             lambda: binascii.crc32(b"", Evil()), lambda: unicodedata.name(Evil()), lambda: _operator._compare_digest(Evil(), Evil())):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
import hashlib
try:
    hashlib.sha256(Evil())
except Exception as e:
    print(type(e).__name__, e)
class B(bytearray):
    def __buffer__(self, flags):
        print("ESCAPED: host called a sandbox __buffer__")
        return memoryview(bytearray(8))
b = B(8)
try:
    _struct.pack_into("<i", b, 0, 5)
except Exception as e:
    print(type(e).__name__)
print(b)
