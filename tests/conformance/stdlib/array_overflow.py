import array

# Each typecode refuses what its C type cannot hold, with the C conversion's message.
values = [2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -1, -(2**7) - 1, -(2**15) - 1, -(2**31) - 1, -(2**63) - 1]
for code in "bBhHiIlLqQ":
    messages = []
    for value in values:
        try:
            array.array(code, [value])
            messages.append("ok")
        except OverflowError as error:
            messages.append(str(error))
    print(code, messages)

def attempt(label, action, message=True):
    try:
        result = action()
        print(label, "->", result)
    except (TypeError, ValueError, OverflowError, IndexError) as error:
        print(label, "->", type(error).__name__, error if message else "")

attempt("float in int array", lambda: array.array("i", [1.5]))
attempt("str in int array", lambda: array.array("i", ["a"]))
attempt("None in double array", lambda: array.array("d", [None]))
attempt("str in double array", lambda: array.array("d", ["1.0"]))
attempt("huge int to double", lambda: array.array("d", [10**400]))
attempt("big float to float", lambda: array.array("f", [1e40, -1e40]))
attempt("bad typecode", lambda: array.array("x"))
attempt("bytes typecode", lambda: array.array(b"i"))
attempt("int typecode", lambda: array.array(1))
attempt("no arguments", lambda: array.array())
attempt("three arguments", lambda: array.array("i", [], 1))
attempt("keyword", lambda: array.array("i", initializer=[]))
attempt("str initializer", lambda: array.array("i", "ab"))
attempt("not iterable", lambda: array.array("i", 5))
attempt("None initializer", lambda: array.array("i", None))
attempt("pop empty", lambda: array.array("i").pop())
attempt("pop range", lambda: array.array("i", [1]).pop(3))
attempt("index missing", lambda: array.array("i", [1]).index(2))
attempt("remove missing", lambda: array.array("i", [1]).remove(2))
attempt("frombytes odd", lambda: array.array("i").frombytes(b"abc"))
attempt("frombytes str", lambda: array.array("i").frombytes("abcd"))
attempt("fromlist tuple", lambda: array.array("i").fromlist((1,)))
attempt("tounicode", lambda: array.array("i").tounicode(), message=False)
attempt("fromunicode int", lambda: array.array("u").fromunicode(5))
attempt("setitem overflow", lambda: array.array("b", [0]).__setitem__(0, 300))
attempt("insert bad index", lambda: array.array("b").insert("0", 1))

kept = array.array("I", [1, 2])
attempt("fromlist is all or nothing", lambda: kept.fromlist([3, -1]))
print(kept)
attempt("extend keeps what came first", lambda: kept.extend([3, 4, "x", 5]))
print(kept)
