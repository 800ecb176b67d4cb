import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
logging.debug("hidden")
logging.info("started with %d items", 3)
logging.warning("low disk: %s%%", 5)
logging.error("failed: %r", {"code": 42})
logging.critical("stop")
log = logging.getLogger("app.db")
log.info("connected to %s", "localhost")
log.setLevel(logging.ERROR)
log.warning("suppressed by the logger's level")
log.error("query failed")
print(log.getEffectiveLevel(), log.isEnabledFor(logging.WARNING), log.parent.name)
print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.getLevelName("INFO"))
print(logging.getLogger("app.db") is log, logging.getLogger().name)
