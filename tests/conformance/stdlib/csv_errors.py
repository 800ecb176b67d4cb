import csv
import io


def attempt(label, function):
    try:
        result = function()
    except Exception as error:
        print(label, type(error).__name__, error)
    else:
        print(label, "ok", result)


attempt("delimiter int", lambda: csv.reader([], delimiter=1))
attempt("delimiter long", lambda: csv.reader([], delimiter="ab"))
attempt("delimiter empty", lambda: csv.reader([], delimiter=""))
attempt("quotechar long", lambda: csv.reader([], quotechar="ab"))
attempt("quotechar int", lambda: csv.reader([], quotechar=5))
attempt("escapechar long", lambda: csv.reader([], escapechar="ab"))
attempt("lineterminator", lambda: csv.writer(io.StringIO(), lineterminator=3))
attempt("quoting bad", lambda: csv.reader([], quoting=42))
attempt("quoting str", lambda: csv.reader([], quoting="all"))
attempt("quotechar none", lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL))
attempt("no write", lambda: csv.writer(42))
attempt("unknown dialect", lambda: csv.reader([], "no-such-dialect"))
attempt("bytes line", lambda: list(csv.reader([b"a,b"])))
attempt("strict quote", lambda: list(csv.reader(['"a"b'], strict=True)))
attempt("strict eof", lambda: list(csv.reader(['"abc'], strict=True)))
attempt("newline", lambda: list(csv.reader(["a\rb"])))
attempt("nonnumeric", lambda: list(csv.reader(["abc"], quoting=csv.QUOTE_NONNUMERIC)))
attempt("need escape", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]))
attempt("single empty", lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]))
attempt("not iterable", lambda: csv.writer(io.StringIO()).writerow(5))
attempt("register name", lambda: csv.register_dialect(5))
attempt("bad keyword", lambda: csv.reader([], bogus=1))
attempt("limit type", lambda: csv.field_size_limit("x"))
print(issubclass(csv.Error, Exception), csv.Error.__module__)
list(csv.reader(['"a"b'], strict=True))
