# Walking an exception chain with traceback.TracebackException: causes, contexts,
# suppressed context, the stack of each link, and format_exception_only per link.
import traceback


ConfigError = type("ConfigError", (Exception,), {})


def read_port(text):
    return int(text)


def load_config(raw):
    try:
        return {"port": read_port(raw["port"])}
    except (KeyError, ValueError) as exc:
        raise ConfigError("invalid configuration") from exc


def start(raw):
    try:
        return load_config(raw)
    except ConfigError:
        raise RuntimeError("server did not start")


def chain_of(te):
    links = []
    while te is not None:
        how = "cause" if te.__cause__ is not None else "context" if te.__context__ is not None else "end"
        links.append((te.exc_type.__name__, str(te), [f.name for f in te.stack], how))
        te = te.__cause__ or te.__context__
    return links


for raw in ({"port": "http"}, {}):
    try:
        start(raw)
    except RuntimeError as exc:
        te = traceback.TracebackException.from_exception(exc)
        for link in chain_of(te):
            print(link)
        print(te.__suppress_context__, te.__cause__ is None, te.__context__.__cause__ is not None)
        print("".join(te.__context__.__cause__.format_exception_only()), end="")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("replaced") from None
except ValueError as exc:
    te = traceback.TracebackException.from_exception(exc)
    print(te.__suppress_context__, te.__context__ is not None, te.__cause__, str(te))
    print(len(traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=0).stack))

te_none = traceback.TracebackException(ValueError, ValueError("no traceback"), None)
print(list(te_none.format()), te_none.stack == [])
te_a = traceback.TracebackException.from_exception(KeyError("k"))
te_b = traceback.TracebackException.from_exception(KeyError("k"))
print(te_a == te_b, te_a.exc_type is KeyError)
