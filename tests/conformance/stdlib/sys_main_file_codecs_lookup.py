# A program run from a file: __main__.__file__, sys.argv[0] and sys.modules["__main__"]
# name it; codecs.lookup finds the text codecs (CPython imports encodings at start-up).
import codecs
import os
import sys

import __main__

print(os.path.basename(__file__), __file__ == sys.argv[0], len(sys.argv))
print(__main__.__file__ == __file__, sys.modules["__main__"] is __main__, __name__)
print(os.path.isabs(__file__))
for name in ("utf-8", "UTF8", "utf_8", "latin-1", "ascii", "US-ASCII", "iso8859-1"):
    info = codecs.lookup(name)
    print(name, "->", info.name, type(info).__name__, isinstance(info, tuple), len(info))
info = codecs.lookup("utf-8")
print(info.encode("héllo"), info.decode(b"h\xc3\xa9llo"))
print(codecs.lookup("utf-8") is codecs.lookup("UTF-8"))
encoder = codecs.getincrementalencoder("utf-8")()
print(encoder.encode("é"), encoder.encode("", final=True))
decoder = codecs.getincrementaldecoder("utf-8")()
print(repr(decoder.decode(b"\xc3")), repr(decoder.decode(b"\xa9", final=True)))
print(codecs.encode("abc", "ascii"), codecs.decode(b"abc", "latin-1"))
try:
    codecs.lookup("no-such-codec")
except LookupError as error:
    print("LookupError", error)
print(repr(codecs.lookup("utf-8"))[:35])
