# A small command-line builder and a dependency-injection container driven by
# inspect.signature: parameters become options (kinds, defaults and annotations decide
# how), and a container resolves constructor parameters by annotation or by name.
import inspect


class CommandLine:
    def __init__(self):
        self.commands = {}

    def command(self, fn):
        self.commands[fn.__name__.replace("_", "-")] = fn
        return fn

    def usage(self, name):
        fn = self.commands[name]
        pieces = [name]
        for param in inspect.signature(fn).parameters.values():
            if param.kind is param.VAR_POSITIONAL:
                pieces.append(f"[{param.name.upper()}...]")
            elif param.kind is param.KEYWORD_ONLY or param.default is not param.empty:
                kind = param.annotation.__name__ if param.annotation is not param.empty else "str"
                if param.annotation is bool:
                    pieces.append(f"[--{param.name}]")
                else:
                    pieces.append(f"[--{param.name} {kind.upper()}]")
            else:
                pieces.append(param.name.upper())
        return " ".join(pieces)

    def run(self, argv):
        name, *rest = argv
        fn = self.commands[name]
        sig = inspect.signature(fn)
        positional, named = [], {}
        words = iter(rest)
        for word in words:
            if word.startswith("--"):
                key = word[2:].replace("-", "_")
                param = sig.parameters.get(key)
                if param is None:
                    raise SystemExit(f"unknown option --{key}")
                if param.annotation is bool:
                    named[key] = True
                else:
                    convert = param.annotation if param.annotation is not param.empty else str
                    named[key] = convert(next(words))
            else:
                positional.append(word)
        converted = []
        params = [p for p in sig.parameters.values() if p.kind <= p.VAR_POSITIONAL]
        for index, value in enumerate(positional):
            param = params[min(index, len(params) - 1)]
            convert = param.annotation if param.annotation is not param.empty else str
            converted.append(convert(value))
        try:
            bound = sig.bind(*converted, **named)
        except TypeError as error:
            return f"error: {error}"
        bound.apply_defaults()
        return fn(*bound.args, **bound.kwargs)


cli = CommandLine()


@cli.command
def copy_file(source: str, target: str, *, force: bool = False, retries: int = 1):
    return f"copy {source} -> {target} force={force} retries={retries}"


@cli.command
def total(*numbers: float, precision: int = 2):
    return round(sum(numbers), precision)


@cli.command
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"


for name in cli.commands:
    print(cli.usage(name))
for argv in [
    ["copy-file", "a.txt", "b.txt"],
    ["copy-file", "a.txt", "b.txt", "--force", "--retries", "3"],
    ["copy-file", "a.txt"],
    ["total", "1.25", "2.5", "3.125", "--precision", "1"],
    ["total"],
    ["greet", "ann"],
    ["greet", "bob", "--greeting", "hi"],
    ["greet", "a", "b", "c"],
]:
    print(argv, "=>", cli.run(argv))


class Container:
    """Builds objects by looking at what their constructors ask for."""

    def __init__(self):
        self.providers = {}
        self.values = {}

    def register(self, cls):
        self.providers[cls] = cls
        return cls

    def value(self, name, value):
        self.values[name] = value

    def resolve(self, cls, depth=0):
        sig = inspect.signature(cls)
        arguments = {}
        for param in sig.parameters.values():
            if param.annotation in self.providers:
                print("  " * depth + f"{cls.__name__}.{param.name}: building {param.annotation.__name__}")
                arguments[param.name] = self.resolve(param.annotation, depth + 1)
            elif param.name in self.values:
                arguments[param.name] = self.values[param.name]
            elif param.default is not param.empty:
                continue
            else:
                raise LookupError(f"cannot provide {param.name!r} for {cls.__name__}{sig}")
        return cls(**arguments)


container = Container()


@container.register
class Settings:
    def __init__(self, dsn: str, pool_size: int = 5):
        self.dsn, self.pool_size = dsn, pool_size


@container.register
class Database:
    def __init__(self, settings: Settings):
        self.settings = settings


@container.register
class Repository:
    def __init__(self, db: Database, table: str = "users"):
        self.db, self.table = db, table


@container.register
class Service:
    def __init__(self, repo: Repository, settings: Settings, *, name: str):
        self.repo, self.settings, self.name = repo, settings, name


try:
    container.resolve(Service)
except LookupError as error:
    print("LookupError", error)
container.value("dsn", "sqlite://memory")
container.value("name", "accounts")
service = container.resolve(Service)
print(service.name, service.repo.table, service.repo.db.settings.dsn, service.settings.pool_size)
