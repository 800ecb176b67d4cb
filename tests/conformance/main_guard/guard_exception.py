class Config:
    def __init__(self, **kw):
        self.values = kw
    def get(self, key):
        if key not in self.values:
            raise KeyError(key)
        return self.values[key]
def main():
    cfg = Config(host="localhost", port=8080)
    print(cfg.get("host"), cfg.get("port"))
    print(cfg.get("user"))
if __name__ == "__main__":
    main()
