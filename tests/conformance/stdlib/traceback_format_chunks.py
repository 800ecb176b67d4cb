# The strings traceback.format_exception and TracebackException.format yield (one per
# level, separator and message, not one per line), as a log formatter that indents
# each of them sees them; messages with newlines and notes, and an explicit tb=None.
import traceback


def fetch(url):
    raise ConnectionError(f"cannot reach\n{url}")


def sync(urls):
    for url in urls:
        try:
            fetch(url)
        except ConnectionError as exc:
            raise RuntimeError("sync failed") from exc


def describe(chunk):
    first = chunk.splitlines()[0] if chunk.strip() else "(blank)"
    if first.startswith('  File "'):
        return "level " + first.rsplit(", ", 1)[-1]
    return first.strip()[:40] + f" [{chunk.count(chr(10))} newline(s)]"


try:
    sync(["http://a.example"])
except RuntimeError as exc:
    exc.add_note("retry later")
    exc.add_note("two-line\nnote")
    chunks = traceback.format_exception(exc)
    print(len(chunks))
    for chunk in chunks:
        print(" ", describe(chunk))
    te_chunks = list(traceback.TracebackException.from_exception(exc).format())
    print(te_chunks == chunks, "".join(chunks).count("Traceback"))
    only = traceback.format_exception_only(exc.__cause__)
    print(only, len(traceback.format_exception_only(exc)))
    bare = traceback.format_exception(type(exc), exc, None)
    print(len(bare), [describe(chunk) for chunk in bare])
    print([describe(chunk) for chunk in traceback.format_exception(exc, chain=False)])
    for limit in (1, -1, 0):
        print(limit, [describe(c) for c in traceback.format_exception(exc, limit=limit, chain=False)][:3])

indented = "".join("    | " + line for chunk in chunks for line in chunk.splitlines(True))
print(indented.count("\n") == "".join(chunks).count("\n"), indented.splitlines()[-1])
