raise BaseExceptionGroup("base", [ValueError("x"), KeyError("y")])
