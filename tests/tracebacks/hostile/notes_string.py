e = ValueError("v")
e.__notes__ = "abc"
raise e
