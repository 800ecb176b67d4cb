e = ValueError("v")
e.__notes__ = ["ok", 42]
raise e
