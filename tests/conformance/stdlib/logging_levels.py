import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s/%(levelname)s: %(message)s"))
log = logging.getLogger("service")
log.addHandler(handler)
log.setLevel(logging.INFO)
log.propagate = False
log.debug("hidden")
log.info("configured")
sub = logging.getLogger("service.sub")
sub.warning("child message")
print(sub.getEffectiveLevel(), sub.hasHandlers(), logging.getLogger("service.sub.deeper").parent.name)
logging.disable(logging.WARNING)
log.warning("disabled")
log.error("still shown")
logging.disable(logging.NOTSET)
logging.addLevelName(25, "NOTICE")
log.log(25, "custom level")
print(logging.getLevelName(25), hasattr(logging, "NOTICE"))
try:
    log.setLevel("LOUD")
except ValueError as error:
    print("ValueError:", error)
try:
    log.log("x", "message")
except TypeError as error:
    print("TypeError:", error)
log.info("%s and %s", "one", "two")
log.info("mapping %(a)s", {"a": 1})
log.info("bad format %d", "text")
print("after the bad record")
