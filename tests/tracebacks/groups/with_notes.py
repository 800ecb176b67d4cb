e = ValueError("sub")
e.add_note("sub note")
g = ExceptionGroup("group", [e])
g.add_note("group note")
raise g
