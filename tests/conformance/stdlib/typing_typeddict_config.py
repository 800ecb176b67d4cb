# A realistic config loader: TypedDict with json, Literal and validation.
import json
from typing import List, Literal, TypedDict, get_type_hints


class Server(TypedDict):
    host: str
    port: int


class Config(TypedDict, total=False):
    name: str
    mode: Literal["dev", "prod"]
    servers: List[Server]


raw = '{"name": "app", "mode": "dev", "servers": [{"host": "a", "port": 80}, {"host": "b", "port": "x"}]}'


def check(data: dict, schema: type) -> List[str]:
    problems = []
    for key, hint in get_type_hints(schema).items():
        if key not in data:
            if key in schema.__required_keys__:
                problems.append(f"missing {key}")
            continue
        base = getattr(hint, "__origin__", hint)
        if base in (int, str) and not isinstance(data[key], base):
            problems.append(f"{key}: expected {base.__name__}, got {type(data[key]).__name__}")
    return problems


cfg: Config = json.loads(raw)
print(check(cfg, Config))
for s in cfg["servers"]:
    print(s, check(s, Server))
print(sorted(Config.__optional_keys__), sorted(Server.__required_keys__))
print(check({"host": "z"}, Server))
