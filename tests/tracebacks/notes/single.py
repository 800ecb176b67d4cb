e = ValueError("bad value")
e.add_note("while reading config")
raise e
