# kind 1: an error a native module raises while handling a host exception must not carry the host's exception as __context__/__cause__
import json

found = []
for bad in ['"\\x"', '"abc', '[1, 2', '{"a" 1}', '"\\ud800\\x"']:
    try:
        json.loads(bad)
    except Exception as e:
        c = e
        while c is not None:
            found.append((type(c).__name__, type(c).__module__))
            c = c.__context__ or c.__cause__
for text in ["abc", "\udcff"]:
    try:
        text.encode("ascii")
    except Exception as e:
        found.append((type(e).__name__, type(e.__context__).__name__, type(e.__cause__).__name__))
print(found)
for name, module, *_ in found:
    if module not in ("json.decoder", "builtins", "NoneType"):
        print("ESCAPED", name, module)
