try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    raise KeyError("while handling")
