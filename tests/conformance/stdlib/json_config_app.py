import json

CONFIG = """
{
  "version": 3,
  "services": [
    {"name": "web", "port": 8080, "replicas": 2, "env": {"DEBUG": "0"}},
    {"name": "db", "port": 5432, "replicas": 1},
    {"name": "cache", "port": 6379, "replicas": 3, "env": {"MAXMEM": "256mb"}}
  ]
}
"""

config = json.loads(CONFIG)
total = sum(s["replicas"] for s in config["services"])
print("services:", [s["name"] for s in config["services"]], "replicas:", total)
for service in sorted(config["services"], key=lambda s: s["port"]):
    env = service.get("env", {})
    print(f"{service['name']:>6} :{service['port']} x{service['replicas']} env={json.dumps(env, sort_keys=True)}")
config["services"].append({"name": "worker", "port": None, "replicas": 4})
config["version"] += 1
print(json.dumps(config, indent=2, sort_keys=True)[:200])
