import enum
import json


class LogLevel(enum.IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30
    ERROR = 40


class Feature(enum.Flag):
    NONE = 0
    CACHE = enum.auto()
    METRICS = enum.auto()
    TRACING = enum.auto()


class Env(enum.Enum):
    DEV = "development"
    PROD = "production"


raw = '{"level": "warning", "features": ["cache", "tracing"], "env": "production"}'
data = json.loads(raw)
level = LogLevel[data["level"].upper()]
features = Feature.NONE
for name in data["features"]:
    features |= Feature[name.upper()]
env = Env(data["env"])
print(level, level >= LogLevel.INFO, features, Feature.METRICS in features, env, env.name)
messages = [(LogLevel.DEBUG, "details"), (LogLevel.ERROR, "boom"), (LogLevel.WARNING, "careful")]
print([text for lvl, text in messages if lvl >= level])
out = {"level": level.name.lower(), "features": [f.name.lower() for f in features], "env": env.value}
print(json.dumps(out), json.dumps({"level": level}), json.dumps(out) == json.dumps(json.loads(raw)))
