e = ValueError("v")
e.__notes__ = ("a", "b")
raise e
