import logging
import sys


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()


log = logging.getLogger("filters")
log.propagate = False
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(Upper("%(name)s %(message)s"))
handler.addFilter(OnlyEven())
log.addHandler(handler)
for n in range(5):
    log.warning("number %d", n)
log.addFilter(lambda record: "skip" not in record.getMessage())
log.warning("please skip %d", 2)
log.warning("keep %d", 4)
child = logging.getLogger("filters.child")
child.warning("from child %d", 6)
named = logging.Filter("filters.child")
print(named.filter(logging.LogRecord("filters.child.x", 30, "", 0, "", (), None)),
      named.filter(logging.LogRecord("filters.other", 30, "", 0, "", (), None)))
adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.warning("adapted %d", 8)
print(adapter.extra)
