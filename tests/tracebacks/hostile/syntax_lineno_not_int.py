e = SyntaxError("msg", ("f.py", "x", 3, "text"))
raise e
