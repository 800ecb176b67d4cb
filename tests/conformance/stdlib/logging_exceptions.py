import io
import logging
import re

stream = io.StringIO()
log = logging.getLogger("exc")
log.propagate = False
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(funcName)s:%(lineno)d %(message)s"))
log.addHandler(handler)


def divide(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        log.exception("cannot divide %d by %d", a, b)
        return None


print(divide(1, 0))
log.error("with info", exc_info=ValueError("given"))
log.warning("no info")
# Only the File lines and messages: the source lines below them need the file itself,
# which CPython's linecache cannot read where the program runs from a string.
text = "".join(line for line in stream.getvalue().splitlines(keepends=True) if not line.startswith("    "))
print(re.sub(r'File ".*?([^/"]+)"', r'File "\1"', text))
record = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelname": "NOTE"})
print(record.getMessage(), record.levelname)
logging.getLogger("bad").propagate = False
